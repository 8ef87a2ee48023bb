#!/usr/bin/env bash
# Fake CertCentral vs WireMock vs a bare-Javalin ceiling, side by side, in one run.
# Needs: JDK 17, Maven, wrk (Debian: apt-get install wrk). Loopback only. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-2}            # alternating rounds (A B C, then C B A, ...)
STARTS=${STARTS:-6}            # starts per server per round, for the start-up median
LOAD=${LOAD:-10s}              # one wrk run
SOAK=${SOAK:-60s}              # the fake's flat-memory run
SLOTS=${SLOTS:-100000}        # fresh orders per write kind in the mixed runs
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xmx512m"}
FAKE_JAR=${FAKE_JAR:-fake-server/target/certcentral-fake-server.jar}   # another build's, to compare
PRELOAD_FLAG=${PRELOAD_FLAG:---preload}   # --seed for a jar from before issue 12
WRK="wrk -t2 -c32 --latency"

command -v wrk >/dev/null || { echo "bench needs wrk (Debian: apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "bench needs curl" >&2; exit 2; }

echo "building (mvn -Pbench package)..." >&2
mvn -B -q -Pbench package -DskipTests

WM_JAR=bench/target/wiremock-standalone.jar
BENCH_JAR=bench/target/benchmarks.jar
KEY="X-DC-DEVKEY: test-api-key"
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/m" bench/results

cat > "$WORK/small.json" <<JSON
{"orders": [{"status": "needs_approval"}]}
JSON
cat > "$WORK/load.json" <<JSON
{"orders": [{"status": "needs_approval", "count": $SLOTS},
            {"status": "pending", "count": $SLOTS},
            {"status": "issued", "count": $SLOTS}]}
JSON
cat > "$WORK/heap.json" <<JSON
{"orders": [{"status": "issued", "count": 100000}]}
JSON
export BENCH_THREADS=2 BENCH_SLOTS=$SLOTS BENCH_VALIDATION_ID=1000001 BENCH_REQUEST_ID=5001
export BENCH_APPROVE_BASE=5001 BENCH_PENDING_BASE=$((1000001 + SLOTS)) BENCH_ISSUED_BASE=$((1000001 + 2 * SLOTS))

port_of() { case $1 in fake) echo 18181 ;; wiremock) echo 18182 ;; ceiling) echo 18183 ;; esac; }
url_of() { echo "http://127.0.0.1:$(port_of "$1")/services/v2"; }

# launch SERVER PRELOAD_FILE -> prints the pid (of java itself, so stop really stops it)
launch() {
  local server=$1 preload=${2:-$WORK/small.json} port
  port=$(port_of "$server")
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use" >&2; return 1
  fi
  case $server in
    fake) set -- java $JVM_FLAGS -jar "$FAKE_JAR" --port "$port" "$PRELOAD_FLAG" "$preload" ;;
    wiremock) set -- java $JVM_FLAGS -jar "$WM_JAR" --port "$port" --bind-address 127.0.0.1 \
                --root-dir bench/wiremock --disable-banner ;;
    ceiling) set -- java $JVM_FLAGS -cp "$BENCH_JAR" dev.certcentral.bench.CeilingServer "$port" \
               "$WORK/validation.json" "$WORK/request.json" ;;
  esac
  "$@" >"$WORK/$server.log" 2>&1 &
  echo $!
}

wait_ready() {
  local url="$(url_of "$1")/order/certificate/1000001/validation"
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY" "$url")" = 200 ] && return 0
    sleep 0.005
  done
  echo "$1 did not answer" >&2; cat "$WORK/$1.log" >&2; return 1
}

stop() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 400); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.025; done
  kill -9 "$1" 2>/dev/null || true
}
rss_mb() { awk '/VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$1/status"; }
heap_mb() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | awk '/tenured generation/ {sub("K,", "", $6); printf "%.0f\n", $6 / 1024}'; }
record() { echo "$3" >> "$WORK/m/$1.$2"; }

# wrk_run SERVER NAME URL_PATH [script] -> records rps, p50, p99, errors
wrk_run() {
  local server=$1 name=$2 path=$3 script=${4:-} out
  out=$($WRK -d"$LOAD" ${script:+-s "$script"} -H "$KEY" "$(url_of "$server")$path" 2>&1)
  printf '== %s %s\n%s\n' "$server" "$name" "$out" >> "$WORK/wrk.log"
  record "$server" "$name.rps" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  record "$server" "$name.p50" "$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms)"
  record "$server" "$name.p99" "$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)"
  record "$server" "$name.errors" "$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")"
}

to_ms() { awk '{v = $1; if (v ~ /us$/) {sub("us", "", v); v /= 1000} else if (v ~ /ms$/) {sub("ms", "", v)} else if (v ~ /s$/) {sub("s", "", v); v *= 1000}; printf "%.2f", v}'; }

median() { sort -n | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# Bodies for the ceiling: exactly the fake's answers.
pid=$(launch fake); PIDS+=("$pid"); wait_ready fake
curl -s -X PUT -H "$KEY" -d '{"comments": "c"}' "$(url_of fake)/order/certificate/1000001/revoke" >/dev/null || true
curl -s -H "$KEY" "$(url_of fake)/order/certificate/1000001/validation" > "$WORK/validation.json"
curl -s -H "$KEY" "$(url_of fake)/request/5001" > "$WORK/request.json"
stop "$pid"

one_round() {
  local server=$1 t0 t1 pid
  echo "  $server: starts" >&2
  for _ in $(seq 1 "$STARTS"); do
    t0=$(date +%s%N); pid=$(launch "$server"); PIDS+=("$pid"); wait_ready "$server"; t1=$(date +%s%N)
    record "$server" start_ms $(( (t1 - t0) / 1000000 ))
    stop "$pid"
  done
  echo "  $server: cold mixed" >&2
  pid=$(launch "$server" "$WORK/load.json"); PIDS+=("$pid"); wait_ready "$server"
  wrk_run "$server" cold_mixed /order/certificate/1000001/validation bench/mixed.lua
  record "$server" rss_after_mixed_mb "$(rss_mb "$pid")"
  stop "$pid"
  # A fresh process for the warm runs: WireMock's unbounded journal would otherwise still hold
  # the mixed run's calls and slow it down.
  echo "  $server: warm GETs" >&2
  pid=$(launch "$server"); PIDS+=("$pid"); wait_ready "$server"
  record "$server" rss_ready_mb "$(rss_mb "$pid")"
  wrk_run "$server" first_10s_validation /order/certificate/1000001/validation
  wrk_run "$server" validation /order/certificate/1000001/validation
  wrk_run "$server" request /request/5001
  record "$server" rss_after_load_mb "$(rss_mb "$pid")"
  stop "$pid"
}

SERVERS=(fake wiremock ceiling)
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round" >&2
  if (( round % 2 )); then order=("${SERVERS[@]}"); else order=(ceiling wiremock fake); fi
  for server in "${order[@]}"; do one_round "$server"; done
done

echo "fake: ${SOAK} mixed soak, 100k orders in 256 MB" >&2
pid=$(launch fake "$WORK/load.json"); PIDS+=("$pid"); wait_ready fake
SOAK_HEAP_START=$(heap_mb "$pid")
SOAK_RSS_START=$(rss_mb "$pid")
: > "$WORK/soak"   # a soak shorter than one 10 s sample leaves it empty
( for _ in $(seq 1 1000); do sleep 10; kill -0 "$pid" 2>/dev/null || exit 0; echo "$(rss_mb "$pid") $(heap_mb "$pid")" >> "$WORK/soak"; done ) &
SAMPLER=$!
LOAD=$SOAK wrk_run fake soak_mixed /order/certificate/1000001/validation bench/mixed.lua
kill "$SAMPLER" 2>/dev/null || true
SOAK_SAMPLES=$(awk '{printf "%s%s/%s", (NR > 1 ? ", " : ""), $1, $2}' "$WORK/soak")
SOAK_RSS_END=$(rss_mb "$pid")
SOAK_HEAP_END=$(heap_mb "$pid")
JOURNAL=$(curl -s "http://127.0.0.1:$(port_of fake)/__fake/journal" | grep -o '"capacity":[0-9]*')
stop "$pid"
JVM_FLAGS="-XX:+UseSerialGC -Xmx256m" launch fake "$WORK/heap.json" > "$WORK/heap.pid"
pid=$(cat "$WORK/heap.pid"); PIDS+=("$pid")
wait_ready fake
HEAP_100K=$(heap_mb "$pid")
stop "$pid"

# Report
value() { median < "$WORK/m/$1.$2" 2>/dev/null || echo "-"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b}'; }
REPORT="bench/results/$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# bench/run.sh — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)."
  echo "Fake: \`$FAKE_JAR\`. JVM flags (all three): \`$JVM_FLAGS\`. wrk: 2 threads, 32 connections, $LOAD per run, 127.0.0.1."
  echo "Rounds: $ROUNDS (alternating order), $STARTS starts per server per round. Medians over rounds."
  echo
  echo "| metric | fake | WireMock | ceiling | fake/WireMock | fake/ceiling |"
  echo "|---|---|---|---|---|---|"
  for metric in start_ms rss_ready_mb cold_mixed.rps cold_mixed.p50 cold_mixed.p99 cold_mixed.errors \
                rss_after_mixed_mb first_10s_validation.rps first_10s_validation.p99 validation.rps validation.p50 validation.p99 validation.errors \
                request.rps request.p50 request.p99 request.errors rss_after_load_mb; do
    f=$(value fake "$metric"); w=$(value wiremock "$metric"); c=$(value ceiling "$metric")
    echo "| $metric | $f | $w | $c | $(ratio "$f" "$w") | $(ratio "$f" "$c") |"
  done
  echo
  echo "Fake soak ($SOAK mixed on the cold run's preload): heap after full GC ${SOAK_HEAP_START} MB at start,"
  echo "${SOAK_HEAP_END} MB at the end; every 10 s RSS/heap MB: ${SOAK_SAMPLES}; RSS ${SOAK_RSS_START} -> ${SOAK_RSS_END} MB; journal ${JOURNAL}."
  echo "Soak throughput: $(value fake soak_mixed.rps) req/s, p99 $(value fake soak_mixed.p99) ms, non-2xx $(value fake soak_mixed.errors) (ids wrap after $SLOTS writes per kind; refusals then are 400s by design)."
  echo "100 000 preloaded orders, -Xmx256m: heap after full GC ${HEAP_100K} MB."
  echo
  echo "cold_mixed: the first $LOAD after start, mixed GET/PUT load on a preloaded process; first_10s_validation: GET"
  echo "validation right after start (the warm-up); validation/request: the next runs on the same process."
  echo "Times in ms (p50/p99 latency), throughput in requests/s. Ceiling: a bare Javalin app answering the same"
  echo "URLs with constant bytes of the fake's answer size (its PUTs answer 204 without a body)."
} | tee "$REPORT"
cp "$WORK/wrk.log" "${REPORT%.md}-wrk.log"
echo "written to $REPORT (raw wrk output beside it)" >&2
