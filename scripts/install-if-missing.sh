#!/bin/sh
# Installs dependencies on a fresh clone, or when package.json changed since the last install.
set -eu
cd "$(dirname "$0")/.."
# Run from npm scripts, `node` is the `node` devDependency's Node 22 once installed. Where that
# package cannot install (see the README's Quick start), a Node 22.12 or later of one's own will do.
node_is_recent() {
  node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)' 2>/dev/null
}
if ! node_is_recent || [ ! -x node_modules/.bin/wrangler ] || [ ! -x node_modules/.bin/vitest ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
