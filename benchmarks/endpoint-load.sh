#!/usr/bin/env bash
# Load on the local endpoint against moto_server, in the same run, on this machine's loopback only:
#   GET layer-version policy (a policy of 20 statements), and
#   POST add-permission: unique statement ids spread over 200 layer versions, every add a successful one.
# Prints requests/s, latency, non-2xx answers and server CPU per answer of each side, and the ratios. Seeds its
# own data and stops every process it started.
#
#   benchmarks/endpoint-load.sh [seconds per server and load, default 10] [connections, default 8]
#                               [wrk threads, default 1] [rounds, default 5]
#
# Rounds: each load is measured in ROUNDS slices of SECONDS/ROUNDS, Grants and moto alternately (Grants, moto,
# Grants, moto, ...), and each side's figure is its answers over its measured time, summed over the slices.
# On a shared machine the other work comes and goes within seconds; alternating short slices exposes both
# servers to it alike, where one long run each would not. Latency percentiles are the median over the slices.
#
# The POST load is capped: a layer version's policy holds at most 20,480 bytes, about 135 of these statements.
# Uncapped, Grants fills 200 versions within a second and the rest of a run measures refusals
# (PolicyLengthExceededException) while moto, slower, keeps adding. So every slice adds to its own set of 200
# fresh layer versions, each wrk thread stops when it has sent its share of ADDS_PER_VERSION x 200 requests
# (wrk.thread:stop()), and the slice's time is from its first request to its last thread's stop, measured in
# the Lua script (wrk's own figure divides by the whole -d duration). A server that does not reach the cap
# within the slice is measured over the whole slice, on policies that stayed smaller: moto, the slower one,
# gets the lighter load, so the POST ratio errs in its favour. Before the measured slices, each load runs once,
# for WARMUP seconds, on separate layers, so that the JIT has compiled what is measured.
#
# The client shares the 2 cores with the server: one wrk thread, whose event loop easily keeps 8 connections
# busy, leaves the server the most CPU. See docs/performance.md for the settings compared.
#
# Needs: a JDK, wrk (Debian package wrk; LuaJIT for the clock), moto_server (pip moto[server]), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-8}"
THREADS="${3:-1}"
ROUNDS="${4:-5}"
SLICE=$((DURATION / ROUNDS))
[ "$SLICE" -ge 1 ] || { echo "endpoint-load: at least one second per round" >&2; exit 2; }
LAYERS=200
ADDS_PER_VERSION=100
WARMUP="${WARMUP:-3}"
JAR=endpoint/target/grants-endpoint.jar
WORK=$(mktemp -d)
PIDS=()

stop() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap stop EXIT INT TERM

for tool in wrk moto_server curl python3 java; do
  command -v "$tool" >/dev/null || { echo "endpoint-load: $tool is needed" >&2; exit 2; }
done
[ -f "$JAR" ] || ./mvnw -B -q -pl endpoint -am package -DskipTests

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
GRANTS_PORT=$(free_port)
MOTO_PORT=$(free_port)

java ${GRANTS_JAVA_OPTS:-} -jar "$JAR" --host 127.0.0.1 --port "$GRANTS_PORT" > "$WORK/grants.log" 2>&1 &
GRANTS_PID=$!; PIDS+=($GRANTS_PID)
moto_server -H 127.0.0.1 -p "$MOTO_PORT" > "$WORK/moto.log" 2>&1 &
MOTO_PID=$!; PIDS+=($MOTO_PID)

wait_for() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.1
  done
  echo "endpoint-load: nothing answers on port $1" >&2; exit 1
}
wait_for "$GRANTS_PORT"
wait_for "$MOTO_PORT"

# The same data on both: layers warm0..warm199 (the POST warm-up) and r<round>l0..r<round>l199 (one set per
# measured POST slice), one version each; r0l0's policy has 20 statements for the GET load to read.
PREFIXES="warm $(seq -f 'r%gl' 0 $((ROUNDS - 1)) | tr '\n' ' ')"
python3 - "$GRANTS_PORT" "$MOTO_PORT" "$LAYERS" $PREFIXES <<'PY'
import base64, io, json, sys, urllib.request, zipfile
ports, layers, prefixes = sys.argv[1:3], int(sys.argv[3]), sys.argv[4:]
buf = io.BytesIO(); z = zipfile.ZipFile(buf, "w"); z.writestr("a.txt", "x"); z.close()
zipped = base64.b64encode(buf.getvalue()).decode()
auth = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"
def call(port, method, path, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(), method=method,
        headers={"Content-Type": "application/json", "Authorization": auth})
    with urllib.request.urlopen(request) as answer:
        answer.read()
for port in ports:
    for prefix in prefixes:
        for layer in range(layers):
            call(port, "POST", f"/2018-10-31/layers/{prefix}{layer}/versions", {"Content": {"ZipFile": zipped}})
    for i in range(20):
        call(port, "POST", "/2018-10-31/layers/r0l0/versions/1/policy",
             {"StatementId": f"seed{i}", "Action": "lambda:GetLayerVersion", "Principal": "*"})
PY

# Both scripts print one line from done(): "measured <answers> <non-2xx> <seconds>".
# add.lua <layer prefix>: each thread adds statements w<thread>n<counter> round the 200 versions and stops when
# it has sent its share of the cap. No response() callback: with one, wrk parses every answer into Lua, which
# costs the client CPU that the server needs (they share the cores). The seconds are from the first request to
# the last thread's stop when every thread reached the cap, otherwise the whole duration, as wrk counts.
cat > "$WORK/add.lua" <<LUA
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } endpoint_load_timespec;
int clock_gettime(int clock_id, endpoint_load_timespec *now);
]]
local clock = ffi.new("endpoint_load_timespec")
local function now()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) + tonumber(clock.tv_nsec) / 1e9
end
local threads = {}
local cap = math.floor($ADDS_PER_VERSION * $LAYERS / $THREADS)
local authorization = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  prefix = args[1]
  counter, first, stopped = 0, 0, 0
end
function request()
  if first == 0 then first = now() end
  counter = counter + 1
  if counter == cap then
    stopped = now()
    wrk.thread:stop()
  end
  local body = '{"StatementId":"w' .. id .. 'n' .. counter .. '","Action":"lambda:GetLayerVersion","Principal":"*"}'
  return wrk.format("POST", "/2018-10-31/layers/" .. prefix .. (counter % $LAYERS) .. "/versions/1/policy",
    {["Content-Type"] = "application/json", ["Authorization"] = authorization}, body)
end
function done(summary, latency, requests)
  local from, to, capped = math.huge, 0, true
  for _, thread in ipairs(threads) do
    from = math.min(from, thread:get("first"))
    to = math.max(to, thread:get("stopped"))
    capped = capped and thread:get("stopped") > 0
  end
  local seconds = capped and (to - from) or summary.duration / 1e6
  io.write(string.format("measured %d %d %.6f\\n", summary.requests, summary.errors.status, seconds))
end
LUA
cat > "$WORK/get.lua" <<'LUA'
wrk.method = "GET"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"
function done(summary, latency, requests)
  io.write(string.format("measured %d %d %.6f\n", summary.requests, summary.errors.status, summary.duration / 1e6))
end
LUA

GET_PATH=/2018-10-31/layers/r0l0/versions/1/policy
# The CPU time (user + system, in clock ticks) a server process has used so far: per answer, a figure the other
# work on a busy machine disturbs less than the rate.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
slice() { # output seconds port pid script path [lua args]: one wrk run, its output and the server's CPU ticks
  local out=$1 seconds=$2 port=$3 pid=$4 script=$5 path=$6; shift 6
  local before after
  before=$(cpu_ticks "$pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port$path" -- "$@" \
    > "$out" 2>&1
  after=$(cpu_ticks "$pid")
  echo "cpu $((after - before))" >> "$out"
}
side() { # side: its port and pid
  if [ "$1" = grants ]; then echo "$GRANTS_PORT $GRANTS_PID"; else echo "$MOTO_PORT $MOTO_PID"; fi
}
report() { # name slice-output-files...: the sums over the slices, medians of the percentiles
  local name=$1; shift
  python3 - "$name" "$(getconf CLK_TCK)" "$@" <<'PY' | tee -a "$WORK/summary"
import statistics, sys
name, ticks_per_second, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
answers = refused = seconds = ticks = 0
p50, p99 = [], []
def millis(text):
    for unit, factor in (("us", 1e-3), ("ms", 1.0), ("s", 1e3)):
        if text.endswith(unit):
            return float(text[:-len(unit)]) * factor
for path in files:
    for line in open(path):
        parts = line.split()
        if parts[:1] == ["measured"]:
            answers += int(parts[1]); refused += int(parts[2]); seconds += float(parts[3])
        elif parts[:1] == ["cpu"]:
            ticks += int(parts[1])
        elif parts[:1] == ["50.000%"] or parts[:1] == ["50%"]:
            p50.append(millis(parts[1]))
        elif parts[:1] == ["99.000%"] or parts[:1] == ["99%"]:
            p99.append(millis(parts[1]))
rate = answers / seconds
cpu = ticks * 1e6 / ticks_per_second / max(1, answers)
print(f"{name:22s} {rate:10.1f} req/s   p50 {statistics.median(p50):7.2f} ms  p99 {statistics.median(p99):7.2f} ms"
      f"   answers {answers:7d}  non-2xx {refused:<6d} server CPU {cpu:6.0f} us/answer")
PY
}

echo "wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds of ${SLICE}s per server and load, alternating, on 127.0.0.1" \
  "(warm-up ${WARMUP}s each); $(nproc) cores; $(java -version 2>&1 | head -1);" \
  "POST capped at $ADDS_PER_VERSION adds per version and slice"
for server in grants moto; do
  read -r port pid < <(side $server)
  slice "$WORK/warm.txt" "$WARMUP" "$port" "$pid" "$WORK/get.lua" "$GET_PATH"
  slice "$WORK/warm.txt" "$WARMUP" "$port" "$pid" "$WORK/add.lua" / warm
done
for load in get add; do
  for round in $(seq 0 $((ROUNDS - 1))); do
    for server in grants moto; do
      read -r port pid < <(side $server)
      if [ $load = get ]; then
        slice "$WORK/$server-get-$round.txt" "$SLICE" "$port" "$pid" "$WORK/get.lua" "$GET_PATH"
      else
        slice "$WORK/$server-add-$round.txt" "$SLICE" "$port" "$pid" "$WORK/add.lua" / "r${round}l"
      fi
    done
  done
done
rate() { awk -v name="$1" '$1 == name {print $2}' "$WORK/summary"; }
report grants-get-policy "$WORK"/grants-get-*.txt > /dev/null
report moto-get-policy "$WORK"/moto-get-*.txt > /dev/null
report grants-add-permission "$WORK"/grants-add-*.txt > /dev/null
report moto-add-permission "$WORK"/moto-add-*.txt > /dev/null
cat "$WORK/summary"
ratio() { python3 -c "print(f'{$(rate "$1") / $(rate "$2"):.1f}x')"; }
echo "ratio GET policy (Grants / moto):  $(ratio grants-get-policy moto-get-policy)"
echo "ratio POST add   (Grants / moto):  $(ratio grants-add-permission moto-add-permission)"
