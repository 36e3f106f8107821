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

# The binary `cargo test` built for the integration tests when `.ci/run` says so (building it again with `cargo build`
# would compile the crate once more, with other features of its dependencies); else built here.
if [ -n "${CHAINON_BIN:-}" ]; then
  CHAINON="$CHAINON_BIN"
else
  cargo build --quiet --bin chainon
  CHAINON="$PWD/target/debug/chainon"
fi

WORK="$(mktemp -d)"
SERVER_PID=""
# Stops a process: SIGTERM, then up to 40 s for its graceful shutdown (the service's is 30 s), then SIGKILL; never
# waits without end.
stop() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 80); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$1" 2>/dev/null; then
    echo "process $1 did not stop within 40 s of SIGTERM: killed" >&2
    kill -9 "$1" 2>/dev/null || true
  fi
  wait "$1" 2>/dev/null || true
}
cleanup() {
  if [ -n "$SERVER_PID" ]; then stop "$SERVER_PID"; fi
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

# Bounded by `timeout` as well as by --max-time, so that nothing it leaves waiting can hold CI. One worker: Python 3.11's `ast` is not safe to parse from two threads at once (hypothesis describes its
# strategies that way: "AST constructor recursion depth mismatch"). From the temporary folder, so schemathesis keeps its example database there and not in the checkout.
cd "$WORK"
status=0
timeout --kill-after=15 420 "$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
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
