#!/usr/bin/env bash
# Load test of the service on a synthetic portfolio, on SQLite and on PostgreSQL, over loopback only.
#
# What it does, for each database:
#   1. `chainon synth` writes a portfolio of $SITES facilities (default 200,000; kept in $WORK between runs) and
#      `chainon import` stores it into a fresh database (timed);
#   2. `chainon user add` / `chainon user token` make an officer and its API token;
#   3. `chainon serve` starts on 127.0.0.1:$PORT; the national graph is built by a first request (timed);
#   4. each request below is timed alone (the slowest of 3), then wrk drives it with $CONNECTIONS connections for
#      $DURATION: /health, the declarations list (/api/v1/declarations, its default page), a declaration page
#      (/declarations/{id}, the newest), /api/v1/graph and the S-211 figures (/api/v1/reports/s211);
#   5. wrk drives /health for $DURATION while six clients ask for the S-211 figures without pause;
#   6. the service's peak resident memory (VmHWM) is read, the service is stopped (by its pid), and every figure is
#      checked against the targets: 0 errors; p99 under 50 ms for /health and the graph, under 150 ms for the others;
#      each request alone under 500 ms; /health p99 under 50 ms beside six S-211 reports; peak RSS under 1 GiB.
#
# Run (from the repository):
#   apt-get install wrk curl jq postgresql-client     # Debian; psql only for PostgreSQL
#   cargo build --release
#   benches/load.sh sqlite                            # or: postgres, both (default)
#   CHAINON_LOAD_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres benches/load.sh postgres
# PostgreSQL: the URL names a server and a database to connect to; the script drops and creates the database
# `chainon_load` there. Without CHAINON_LOAD_POSTGRES_URL, CHAINON_TEST_POSTGRES_URL is used.
#
# Settings (environment): SITES (200000), DURATION (60s), CONNECTIONS (64), THREADS (2, wrk's), PORT (18087),
# WORK (target/load: portfolio, databases, logs, results), CHAINON (target/release/chainon).
# The whole run takes about (import + 6 × DURATION + a minute) per database. Exit status 1 when a target is missed.
# Results: $WORK/results-<database>.txt; wrk's full output beside it.

set -euo pipefail

cd "$(dirname "$0")/.."
SITES=${SITES:-200000}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18087}
WORK=${WORK:-target/load}
CHAINON=${CHAINON:-target/release/chainon}
WHICH=${1:-both}
BASE="http://127.0.0.1:$PORT"
EMAIL=load-officer@example.org
PASSWORD="load-test-password-$$"

for tool in wrk curl jq; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 2; }
done
[ -x "$CHAINON" ] || { echo "$CHAINON is missing: cargo build --release" >&2; exit 2; }
mkdir -p "$WORK"

PORTFOLIO="$WORK/portfolio-$SITES.jsonl"
if [ ! -s "$PORTFOLIO" ]; then
    echo "== synth: $SITES facilities → $PORTFOLIO"
    "$CHAINON" synth --sites "$SITES" --output "$PORTFOLIO.part"
    mv "$PORTFOLIO.part" "$PORTFOLIO"
fi

SERVER_PID=
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}
trap stop_server EXIT

# Milliseconds in wrk's notation (123.45us, 12.34ms, 1.23s, 2.00m) → a number of milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
        printf "%.1f", n }'
}

FAILED=0
RESULTS=
check() { # name value limit unit
    local verdict=ok
    if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v + 0 >= l + 0) }'; then verdict=MISSED; FAILED=1; fi
    printf '%-58s %12s %s (target < %s %s)\n' "$1" "$2" "$4" "$3" "$4" | tee -a "$RESULTS"
    [ "$verdict" = ok ] || echo "    ^ target missed" | tee -a "$RESULTS"
}

# wrk on one URL; records p99 and errors (socket errors + non-2xx answers).
drive() { # label path p99-limit-ms connections duration
    local out="$WORK/wrk-$DB-$1.txt"
    wrk -t"$THREADS" -c"$4" -d"$5" --timeout 5s --latency -H "Authorization: Bearer $TOKEN" "$BASE$2" >"$out"
    local p99 errors requests
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ {
        for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { gsub(",", "", $i); n += $i } } END { print n + 0 }' "$out")
    requests=$(awk '/requests in/ { print $1 }' "$out")
    echo "   $1: $requests requests, $(awk '/Requests\/sec/ { print $2 }' "$out") req/s" | tee -a "$RESULTS"
    check "$DB $1 p99 ($4 connections, $5)" "$p99" "$3" ms
    check "$DB $1 errors" "$errors" 1 ""
}

# The slowest of three requests made alone, in milliseconds.
alone() { # label path
    local worst=0 t
    for _ in 1 2 3; do
        t=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$2")
        [ "${t%% *}" = 200 ] || { echo "$2 answered ${t%% *}" | tee -a "$RESULTS"; FAILED=1; }
        worst=$(awk -v a="$worst" -v b="${t#* }" 'BEGIN { b *= 1000; print (b > a ? b : a) }')
    done
    check "$DB $1 alone (slowest of 3)" "$(printf '%.1f' "$worst")" 500 ms
}

run() { # database-name url
    DB=$1
    local url=$2
    RESULTS="$WORK/results-$DB.txt"
    : >"$RESULTS"
    echo "== $DB: import of $PORTFOLIO" | tee -a "$RESULTS"
    local t0 t1
    t0=$(date +%s.%N)
    "$CHAINON" import "$PORTFOLIO" --database "$url" >"$WORK/import-$DB.log" 2>&1
    t1=$(date +%s.%N)
    echo "   import: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s; $(grep -E "^[0-9,]+ declarations? in " "$WORK/import-$DB.log" | tail -1)" \
        | tee -a "$RESULTS"
    printf '%s\n' "$PASSWORD" | "$CHAINON" user add --email "$EMAIL" --name "Load test" --role officer \
        --password-stdin --database "$url" >/dev/null 2>>"$WORK/import-$DB.log"
    TOKEN=$("$CHAINON" user token --email "$EMAIL" --name "load test" --database "$url" 2>>"$WORK/import-$DB.log" | grep -o 'chn_[A-Za-z0-9_-]*' | head -1)
    [ -n "$TOKEN" ] || { echo "no API token was issued" >&2; exit 2; }

    CHAINON_LOG=warn "$CHAINON" serve --database "$url" --bind "127.0.0.1:$PORT" >"$WORK/serve-$DB.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "$BASE/health" && break
        sleep 0.5
    done
    curl -sf -o /dev/null "$BASE/health" || { echo "the service did not start: $WORK/serve-$DB.log" >&2; exit 2; }
    t0=$(date +%s.%N)
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/graph"
    t1=$(date +%s.%N)
    echo "   national graph built by the first request: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s" \
        | tee -a "$RESULTS"
    local id
    id=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/declarations?limit=1" | jq '.declarations[0].id')
    echo "   declaration page: /declarations/$id ($(curl -sf -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/v1/declarations?limit=1" | jq '.declarations[0].site_count') sites)" | tee -a "$RESULTS"

    alone health /health
    alone declarations /api/v1/declarations
    alone declarations-1000 "/api/v1/declarations?limit=1000"
    alone declaration-page "/declarations/$id"
    alone graph /api/v1/graph
    alone s211 /api/v1/reports/s211
    alone portfolio /portfolio

    drive health /health 50 "$CONNECTIONS" "$DURATION"
    drive declarations /api/v1/declarations 150 "$CONNECTIONS" "$DURATION"
    drive declaration-page "/declarations/$id" 150 "$CONNECTIONS" "$DURATION"
    drive graph /api/v1/graph 50 "$CONNECTIONS" "$DURATION"
    drive s211 /api/v1/reports/s211 150 "$CONNECTIONS" "$DURATION"

    # /health beside six S-211 reports asked for without pause.
    local stop="$WORK/stop-s211" pids=() answers="$WORK/s211-beside-$DB.txt"
    rm -f "$stop" "$answers"
    for _ in 1 2 3 4 5 6; do
        (while [ ! -e "$stop" ]; do
            curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
                "$BASE/api/v1/reports/s211" >>"$answers"
        done) &
        pids+=($!)
    done
    sleep 1
    drive health-beside-six-s211 /health 50 8 "$DURATION"
    touch "$stop"
    for p in "${pids[@]}"; do wait "$p"; done
    rm -f "$stop"
    echo "   S-211 beside: $(wc -l <"$answers") answers, $(awk '$1 != 200' "$answers" | wc -l) not 200, slowest $(
        sort -k2 -n "$answers" | tail -1 | awk '{ printf "%.0f ms", $2 * 1000 }')" | tee -a "$RESULTS"
    check "$DB S-211 beside one another: answers other than 200" "$(awk '$1 != 200' "$answers" | wc -l)" 1 ""

    local hwm
    hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
    check "$DB service peak resident memory (VmHWM)" "$hwm" 1024 MiB
    stop_server
}

case "$WHICH" in
sqlite | both)
    rm -f "$WORK"/load.sqlite3*
    run sqlite "sqlite://$WORK/load.sqlite3?mode=rwc"
    ;;&
postgres | both)
    base=${CHAINON_LOAD_POSTGRES_URL:-${CHAINON_TEST_POSTGRES_URL:-}}
    if [ -z "$base" ]; then
        echo "PostgreSQL skipped: set CHAINON_LOAD_POSTGRES_URL (a server URL)" >&2
    else
        command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
        psql -q "$base" -c 'DROP DATABASE IF EXISTS chainon_load' -c 'CREATE DATABASE chainon_load'
        run postgres "${base%/*}/chainon_load"
    fi
    ;;
sqlite | postgres | both) ;;
*)
    echo "usage: benches/load.sh [sqlite|postgres|both]" >&2
    exit 2
    ;;
esac

echo "== results in $WORK/results-*.txt"
cat "$WORK"/results-*.txt
exit "$FAILED"
