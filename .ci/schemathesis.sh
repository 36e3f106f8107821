#!/usr/bin/env bash
# The API against its own OpenAPI document: starts `chainon serve --demo` on a free loopback port with a temporary
# SQLite file, gives an officer API token to schemathesis (pinned, from PyPI, in a venv under target/), and fails on
# any 5xx, undocumented status, wrong content type or body that does not match its schema. Bounded in examples and
# time; stops the service it started.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
VENV="$PWD/target/schemathesis/venv"
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

cargo build --quiet --bin chainon
CHAINON="$PWD/target/debug/chainon"

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export CHAINON_DATABASE_URL="sqlite://$WORK/chainon.sqlite3?mode=rwc"
# The service runs in the temporary folder, so no `chainon.toml` of the checkout is read.
(cd "$WORK" && exec "$CHAINON" serve --demo --bind "127.0.0.1:$PORT") >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/serve.log"; echo "the service did not start" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null

TOKEN="$(cd "$WORK" && "$CHAINON" user token --email officer@demo.chainon.example --name schemathesis 2>/dev/null)"

# One worker: Python 3.11's `ast` is not safe to parse from two threads at once (hypothesis describes its
# strategies that way: "AST constructor recursion depth mismatch"). From the temporary folder, so schemathesis keeps its example database there and not in the checkout.
cd "$WORK"
status=0
"$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --header "Authorization: Bearer $TOKEN" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples 20 \
  --seed 20261129 \
  --max-time 150 \
  --request-timeout 30 \
  --workers 1 \
  --no-color \
  --warnings off \
  "$@" || status=$?

if [ "$status" -ne 0 ]; then
  echo "--- service log (last 40 lines) ---"
  tail -n 40 "$WORK/serve.log"
fi
exit "$status"
