#!/usr/bin/env bash
# Load on the local endpoint against moto_server, in the same run, on this machine's loopback only:
# GET layer-version policy, and POST add-permission with unique statement ids spread over 200 layer versions.
# Prints requests/s and latency percentiles of each side, and the ratio. Seeds its own data and stops every
# process it started.
#
#   benchmarks/endpoint-load.sh [seconds per run, default 10] [connections, default 16] [wrk threads, default 2]
#
# Needs: a JDK, wrk (Debian package wrk), moto_server (pip package moto[server]), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-16}"
THREADS="${3:-2}"
LAYERS=200
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

java -jar "$JAR" --host 127.0.0.1 --port "$GRANTS_PORT" > "$WORK/grants.log" 2>&1 & PIDS+=($!)
moto_server -H 127.0.0.1 -p "$MOTO_PORT" > "$WORK/moto.log" 2>&1 & PIDS+=($!)

wait_for() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.1
  done
  echo "endpoint-load: nothing answers on port $1" >&2; exit 1
}
wait_for "$GRANTS_PORT"
wait_for "$MOTO_PORT"

# The same data on both: 200 layer versions, the first with 20 statements to read.
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
    for layer in range(layers):
        call(port, "POST", f"/2018-10-31/layers/l{layer}/versions", {"Content": {"ZipFile": zipped}})
    for i in range(20):
        call(port, "POST", "/2018-10-31/layers/l0/versions/1/policy",
             {"StatementId": f"seed{i}", "Action": "lambda:GetLayerVersion", "Principal": "*"})
PY

cat > "$WORK/add.lua" <<LUA
local counter = 0
local thread_id = 0
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  counter = 0
end
request = function()
  counter = counter + 1
  local layer = counter % $LAYERS
  local body = '{"StatementId":"w' .. id .. 'n' .. counter .. '","Action":"lambda:GetLayerVersion","Principal":"*"}'
  return wrk.format("POST", "/2018-10-31/layers/l" .. layer .. "/versions/1/policy",
    {["Content-Type"] = "application/json",
     ["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"},
    body)
end
LUA
cat > "$WORK/get.lua" <<'LUA'
wrk.method = "GET"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"
LUA

run() { # name port script path
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$3" "http://127.0.0.1:$2$4" > "$WORK/$1.txt" 2>&1
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$1.txt")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$WORK/$1.txt")
  printf '%-22s %12s req/s   p50 %-9s p99 %-9s non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
  echo "$rps" > "$WORK/$1.rps"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on 127.0.0.1; $(nproc) cores; $(java -version 2>&1 | head -1)"
run grants-get-policy "$GRANTS_PORT" "$WORK/get.lua" /2018-10-31/layers/l0/versions/1/policy
run moto-get-policy "$MOTO_PORT" "$WORK/get.lua" /2018-10-31/layers/l0/versions/1/policy
run grants-add-permission "$GRANTS_PORT" "$WORK/add.lua" /
run moto-add-permission "$MOTO_PORT" "$WORK/add.lua" /
ratio() { python3 -c "print(f'{float(open(\"$WORK/$1.rps\").read()) / float(open(\"$WORK/$2.rps\").read()):.1f}x')"; }
echo "ratio GET policy (Grants / moto):  $(ratio grants-get-policy moto-get-policy)"
echo "ratio POST add   (Grants / moto):  $(ratio grants-add-permission moto-add-permission)"
