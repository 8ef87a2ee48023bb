#!/usr/bin/env bash
# Two fake jars, A and B, in alternating pairs (A B, then B A, ...): the same cold mixed and warm GET
# loads as run.sh, on one server at a time, so a change's cost shows even while the machine's load
# drifts. Usage: bench/ab.sh JAR_A JAR_B [PRELOAD_FLAG_A [PRELOAD_FLAG_B]]
# (--seed for a jar from before issue 12). Needs wrk and curl. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

A=$1 B=$2 FLAG_A=${3:---preload} FLAG_B=${4:---preload}
PAIRS=${PAIRS:-3}
LOAD=${LOAD:-10s}
SLOTS=${SLOTS:-100000}
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xmx512m"}
PORT=18181
KEY="X-DC-DEVKEY: test-api-key"
URL="http://127.0.0.1:$PORT/services/v2"
WORK=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

cat > "$WORK/load.json" <<JSON
{"orders": [{"status": "needs_approval", "count": $SLOTS},
            {"status": "pending", "count": $SLOTS},
            {"status": "issued", "count": $SLOTS}]}
JSON
export BENCH_THREADS=2 BENCH_SLOTS=$SLOTS BENCH_VALIDATION_ID=1000001 BENCH_REQUEST_ID=5001
export BENCH_APPROVE_BASE=5001 BENCH_PENDING_BASE=$((1000001 + SLOTS)) BENCH_ISSUED_BASE=$((1000001 + 2 * SLOTS))

rps() { wrk -t2 -c32 -d"$LOAD" ${2:+-s "$2"} -H "$KEY" "$URL$1" | awk '/Requests\/sec/ {print $2}'; }

one() {  # one JAR FLAG LABEL -> appends "LABEL cold warm" to the results
  java $JVM_FLAGS -jar "$1" --port "$PORT" "$2" "$WORK/load.json" >"$WORK/fake.log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY" "$URL/order/certificate/1000001/validation")" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/fake.log" >&2; exit 1; }
    sleep 0.05
  done
  local cold warm
  cold=$(rps /order/certificate/1000001/validation bench/mixed.lua)
  rps /order/certificate/1000001/validation >/dev/null
  warm=$(rps /order/certificate/1000001/validation)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "$3 $cold $warm" | tee -a "$WORK/results" >&2
}

for pair in $(seq 1 "$PAIRS"); do
  echo "pair $pair (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  if (( pair % 2 )); then one "$A" "$FLAG_A" A; one "$B" "$FLAG_B" B; else one "$B" "$FLAG_B" B; one "$A" "$FLAG_A" A; fi
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for column in 2 3; do
  name=$([ "$column" = 2 ] && echo "cold mixed req/s" || echo "warm GET validation req/s")
  a=$(awk -v c="$column" '$1 == "A" {print $c}' "$WORK/results" | median)
  b=$(awk -v c="$column" '$1 == "B" {print $c}' "$WORK/results" | median)
  echo "$name: A $a, B $b, B/A $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}') (pairs: $(awk -v c="$column" '{printf "%s%s=%s", (NR > 1 ? " " : ""), $1, $c}' "$WORK/results"))"
done
