#!/bin/sh
# `npm start`: install, migrate the local D1, load the demo network, serve on 127.0.0.1:$PORT.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-if-missing.sh
export CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false
PORT="${PORT:-8787}"
# Local secrets only (.dev.vars is git-ignored); each is created once and kept.
touch .dev.vars
random() { node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))'; }
grep -q "^STAFF_API_TOKEN=" .dev.vars || printf 'STAFF_API_TOKEN=%s\n' "$(random)" >> .dev.vars
grep -q "^PERSON_HASH_KEY=" .dev.vars || printf 'PERSON_HASH_KEY=%s\n' "$(random)" >> .dev.vars
grep -q "^DATA_KEYS=" .dev.vars || printf 'DATA_KEYS=local-1:%s\n' "$(random)" >> .dev.vars
# The database setup's tables go to a log; it is shown only when a step fails.
mkdir -p .wrangler
setup_log=.wrangler/setup.log
quietly() { "$@" > "$setup_log" 2>&1 || { cat "$setup_log"; exit 1; }; }
quietly wrangler d1 migrations apply DB --local
quietly wrangler d1 execute DB --local --file scripts/demo-network.sql
echo "Local database ready: migrations applied, demo network loaded (details in $setup_log)."
exec wrangler dev --ip 127.0.0.1 --port "$PORT" --test-scheduled \
  --var "ENVIRONMENT:development" --var "PUBLIC_ORIGIN:http://127.0.0.1:$PORT"
