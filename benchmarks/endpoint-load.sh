#!/usr/bin/env bash
# Load on the local endpoint against moto_server, in the same run, on this machine's loopback only:
#   GET layer-version policy (a policy of 20 statements), and
#   POST add-permission: unique statement ids spread over 200 layer versions, every add a successful one.
# Prints requests/s, latency percentiles and non-2xx counts of each side, and the ratios. Seeds its own data
# and stops every process it started.
#
#   benchmarks/endpoint-load.sh [seconds per run, default 10] [connections, default 8] [wrk threads, default 1]
#
# Why the POST load is capped: a layer version's policy holds at most 20,480 bytes, about 135 of these
# statements. Uncapped, Grants fills all 200 versions within a second or two and the rest of the run measures
# refusals (PolicyLengthExceededException), while moto, slower, keeps adding. So each wrk thread stops after
# its share of ADDS_PER_VERSION x 200 requests (wrk.thread:stop()), and the rate is the answers divided by the
# time from the first request to the stop, measured in the Lua script (wrk's own figure divides by the whole
# -d duration). A server that does not reach the cap within the duration is measured over the duration,
# on policies that stayed smaller: moto, the slower one, gets the lighter load, so the POST ratio errs in its
# favour. Before each measured run the same load runs once, for WARMUP seconds, on separate layers or as is,
# so the JIT compiles the code it measures.
#
# Needs: a JDK, wrk (Debian package wrk; LuaJIT for the clock), moto_server (pip moto[server]), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-8}"
THREADS="${3:-1}"
LAYERS=200
ADDS_PER_VERSION=100
WARMUP="${WARMUP:-3}"
JAR=adapters-http/target/grants-endpoint.jar
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
[ -f "$JAR" ] || ./mvnw -B -q -pl adapters-http -am package -DskipTests

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

# The same data on both: layers l0..l199 (measured) and warm0..warm199 (warm-up), one version each; l0's
# policy has 20 statements to read.
python3 - "$GRANTS_PORT" "$MOTO_PORT" "$LAYERS" <<'PY'
import base64, io, json, sys, urllib.request, zipfile
ports, layers = sys.argv[1:3], int(sys.argv[3])
buf = io.BytesIO(); z = zipfile.ZipFile(buf, "w"); z.writestr("a.txt", "x"); z.close()
zipped = base64.b64encode(buf.getvalue()).decode()
auth = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"
def call(port, method, path, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(), method=method,
        headers={"Content-Type": "application/json", "Authorization": auth})
    with urllib.request.urlopen(request) as answer:
        answer.read()
for port in ports:
    for prefix in ("l", "warm"):
        for layer in range(layers):
            call(port, "POST", f"/2018-10-31/layers/{prefix}{layer}/versions", {"Content": {"ZipFile": zipped}})
    for i in range(20):
        call(port, "POST", "/2018-10-31/layers/l0/versions/1/policy",
             {"StatementId": f"seed{i}", "Action": "lambda:GetLayerVersion", "Principal": "*"})
PY

# add.lua <layer prefix>: each thread adds statements w<thread>n<counter> round the 200 versions and stops when
# it has sent its share of the cap. No response() callback: with one, wrk parses every answer into Lua, which
# costs the client CPU that the server needs (they share the cores). done() prints the answers, the non-2xx
# answers and the rate: answers over the time from the first request to the last thread's stop when every
# thread reached the cap, otherwise answers over the whole duration, as wrk itself counts.
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
  io.write(string.format("measured %d %d %.3f %.1f\n", summary.requests, summary.errors.status, seconds,
    summary.requests / seconds))
end
LUA
cat > "$WORK/get.lua" <<'LUA'
wrk.method = "GET"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"
LUA

GET_PATH=/2018-10-31/layers/l0/versions/1/policy
# The CPU time (user + system, in clock ticks) a server process has used so far: per answer, it is a figure
# the other work on a busy machine disturbs less than the rate.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
wrk_run() { # output duration port pid script path [lua args]
  local out=$1 seconds=$2 port=$3 pid=$4 script=$5 path=$6; shift 6
  local before after
  before=$(cpu_ticks "$pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port$path" -- "$@" \
    > "$out" 2>&1
  after=$(cpu_ticks "$pid")
  echo $((after - before)) > "$out.cpu"
}
report() { # name output-file
  local rps p50 p99 errors answered cpu
  p50=$(awk '$1 == "50%" {print $2}' "$2")
  p99=$(awk '$1 == "99%" {print $2}' "$2")
  if grep -q '^measured ' "$2"; then
    read -r _ answered errors _ rps < <(grep '^measured ' "$2")
  else
    rps=$(awk '/^Requests\/sec/ {print $2}' "$2")
    errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$2")
    answered=$(awk '/requests in/ {print $1}' "$2")
  fi
  cpu=$(python3 -c "print(round($(cat "$2.cpu") * 1e6 / $(getconf CLK_TCK) / max(1, $answered)))")
  printf '%-22s %10s req/s   p50 %-9s p99 %-9s answers %-7s non-2xx %-6s server CPU %s us/answer\n' \
    "$1" "$rps" "$p50" "$p99" "$answered" "${errors:-0}" "$cpu"
  echo "$rps" > "$WORK/$1.rps"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on 127.0.0.1 (warm-up ${WARMUP}s each); $(nproc) cores;" \
  "$(java -version 2>&1 | head -1); POST capped at $ADDS_PER_VERSION adds per version"
for side in grants moto; do
  if [ "$side" = grants ]; then port=$GRANTS_PORT pid=$GRANTS_PID; else port=$MOTO_PORT pid=$MOTO_PID; fi
  wrk_run "$WORK/warm.txt" "$WARMUP" "$port" "$pid" "$WORK/get.lua" "$GET_PATH"
  wrk_run "$WORK/$side-get.txt" "$DURATION" "$port" "$pid" "$WORK/get.lua" "$GET_PATH"
  report "$side-get-policy" "$WORK/$side-get.txt"
  wrk_run "$WORK/warm.txt" "$WARMUP" "$port" "$pid" "$WORK/add.lua" / warm
  wrk_run "$WORK/$side-add.txt" "$DURATION" "$port" "$pid" "$WORK/add.lua" / l
  report "$side-add-permission" "$WORK/$side-add.txt"
done
ratio() { python3 -c "print(f'{float(open(\"$WORK/$1.rps\").read()) / float(open(\"$WORK/$2.rps\").read()):.1f}x')"; }
echo "ratio GET policy (Grants / moto):  $(ratio grants-get-policy moto-get-policy)"
echo "ratio POST add   (Grants / moto):  $(ratio grants-add-permission moto-add-permission)"
