#!/bin/sh
# Installs dependencies on a fresh clone, or when package.json changed since the last install.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ] || [ ! -x node_modules/.bin/wrangler ] || [ ! -x node_modules/.bin/vitest ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
