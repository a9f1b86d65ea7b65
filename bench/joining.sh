#!/usr/bin/env bash
# Load benchmark of joining (issue 4): the anonymous GET of /join (texts, conditions, this year's
# published fee table and calculator from the demo data, and the whole form) and a POST of a valid application, against a plain Kestrel "hello" measured in
# the same run. Written before the shared harness (bench/run.sh) reached main; it reuses wrk the
# same way (-t2 --latency, Production, X-Forwarded-Proto: https, warm-up first).
#
#   bench/joining.sh                       publish, warm up 60 s, measure 20 s each, append to bench/RESULTS.md
#   bench/joining.sh --duration 5s --warmup 10 --no-record      a quick look
#
# Options: --duration 20s, --warmup 60 (seconds), --connections 4,32, --no-record, --no-publish,
#          --wait-quiet LOAD: before each measurement, wait (up to 20 min) for the 1-minute load
#          average to fall below LOAD (the machine is shared with other work).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=20s; warmup=60; connections=(4 32); record=1; publish=1; quiet=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) IFS=, read -r -a connections <<< "$2"; shift 2 ;;
    --no-record) record=0; shift ;;
    --no-publish) publish=0; shift ;;
    --wait-quiet) quiet=$2; shift 2 ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "!! wrk is missing (apt-get install wrk)"; exit 1; }
out="$root/bench/out/joining"
work="$root/bench/work/joining-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$work/data"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; }
trap cleanup EXIT

if [ "$publish" = 1 ]; then
  echo "== publishing Urbis.Web and the hello app (Release)"
  rm -rf "$out"
  dotnet publish src/Urbis.Web/Urbis.Web.csproj -c Release -o "$out/urbis" -nologo -v q > "$work/publish.log" 2>&1 || { tail -20 "$work/publish.log"; exit 1; }
  if [ -f bench/Hello/Hello.csproj ]; then
    dotnet publish bench/Hello/Hello.csproj -c Release -o "$out/hello" -nologo -v q >> "$work/publish.log" 2>&1
  else
    dotnet publish bench/joining/hello.cs -c Release -o "$out/hello" -nologo -v q >> "$work/publish.log" 2>&1
  fi || { tail -20 "$work/publish.log"; exit 1; }
fi
hello_dll=$(ls "$out/hello"/*.dll | grep -iE '/(hello)\.dll$' | head -1)

port() { /usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0; sleep 0.1; done; return 1; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
# Waits for a quieter machine when asked (--wait-quiet): other work makes the tail latency.
wait_quiet() {
  [ -n "$quiet" ] || return 0
  local waited=0
  while awk -v q="$quiet" '{ exit !($1 >= q) }' /proc/loadavg && [ "$waited" -lt 1200 ]; do sleep 15; waited=$((waited + 15)); done
}
# measure NAME CONNECTIONS URL [wrk args...]: prints "req/s p50 p99 errors", keeps wrk's output.
measure() {
  local name=$1 c=$2 url=$3; shift 3
  wait_quiet
  echo "load $(cut -d' ' -f1 /proc/loadavg)" > "$work/load-$name-$c.txt"
  local file="$work/wrk-$name-$c.txt"
  wrk -t2 -c"$c" -d"$duration" --latency -H "X-Forwarded-Proto: https" "$@" "$url" > "$file" 2>&1
  local rps p50 p99 bad sock
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  bad=$(awk '/Non-2xx or 3xx/ { print $NF }' "$file"); sock=$(grep -c "Socket errors" "$file")
  echo "$rps $p50 $p99 ${bad:-0} $sock"
}

echo "== hello"
hello_port=$(port)
( cd "$out/hello" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$hello_port" Logging__LogLevel__Default=Warning dotnet "$hello_dll" ) > "$work/hello.log" 2>&1 &
pids+=($!)
ready "http://127.0.0.1:$hello_port/hello" || { echo "!! hello did not start"; exit 1; }
wrk -t2 -c32 -d"$(( warmup / 2 + 1 ))s" "http://127.0.0.1:$hello_port/hello" > /dev/null 2>&1
declare -A hello
for c in "${connections[@]}"; do hello[$c]=$(measure hello "$c" "http://127.0.0.1:$hello_port/hello"); echo "   $c connections: ${hello[$c]}"; done

echo "== Urbis (SQLite, Production)"
urbis_port=$(port); base="http://127.0.0.1:$urbis_port"
( cd "$out/urbis" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" Database__Provider=Sqlite ConnectionStrings__Urbis="" \
    Storage__DataFolder="$work/data" Database__SeedDemoData=true Security__RequireHttps=false Mail__RunSender=false \
    Logging__LogLevel__Default=Warning Urbis__PublicBaseUrl="$base" RateLimits__PublicFormPermits=1000000000 \
    dotnet Urbis.Web.dll ) > "$work/urbis.log" 2>&1 &
pids+=($!); urbis_pid=$!
ready "$base/health/ready" || { tail -20 "$work/urbis.log"; echo "!! Urbis did not start"; exit 1; }

# What is measured is the real page: 200, the form, and a different token for each visitor.
curl -s -H "X-Forwarded-Proto: https" "$base/join" > "$work/join-1.html"; curl -s -H "X-Forwarded-Proto: https" "$base/join" > "$work/join-2.html"
grep -q 'data-testid="application-form"' "$work/join-1.html" || { echo "!! /join has no form"; exit 1; }
grep -q 'data-testid="fee-scale"' "$work/join-1.html" || { echo "!! /join has no fee table (the demo data publishes this year's scale)"; exit 1; }
t1=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' "$work/join-1.html"); t2=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' "$work/join-2.html")
[ -n "$t1" ] && [ "$t1" != "$t2" ] || { echo "!! the anti-forgery token is not per visitor"; exit 1; }
page_kb=$(( $(wc -c < "$work/join-1.html") / 1024 ))

echo "== warming up /join for ${warmup}s"
wrk -t2 -c16 -d"${warmup}s" -H "X-Forwarded-Proto: https" "$base/join" > /dev/null 2>&1
declare -A get
for c in "${connections[@]}"; do get[$c]=$(measure join-get "$c" "$base/join"); echo "   GET /join, $c connections: ${get[$c]}"; done
# The same page rendered by Razor at each request (any query string skips the cache), for comparison.
uncached=$(measure join-uncached 4 "$base/join?uncached=1"); echo "   GET /join?uncached=1, 4 connections: $uncached"

echo "== POST /join (valid applications)"
jar="$work/cookies.txt"
curl -s -c "$jar" -H "X-Forwarded-Proto: https" "$base/join" > "$work/join-post.html"
export JOIN_TOKEN; JOIN_TOKEN=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' "$work/join-post.html" | head -1 | sed 's/.*value="//; s/"$//')
export JOIN_COOKIE; JOIN_COOKIE=$(awk '$6 ~ /urbis-af/ { print $6 "=" $7 }' "$jar")
export JOIN_BY; JOIN_BY=$(date -u -d "+200 days" +%F)
wrk -t1 -c1 -d2s -s bench/joining/apply.lua "$base/join" > "$work/post-check.txt" 2>&1
count() { /usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from Applications').fetchone()[0])" "$work/data/urbis.db"; }
[ "$(count)" -gt 0 ] || { echo "!! the POST created no application (see $work/post-check.txt)"; exit 1; }
wrk -t2 -c4 -d15s -s bench/joining/apply.lua "$base/join" > /dev/null 2>&1
declare -A post
for c in "${connections[@]}"; do
  before=$(count)
  post[$c]=$(measure join-post "$c" "$base/join" -s bench/joining/apply.lua)
  made=$(( $(count) - before ))
  posted=$(awk '/requests in/ { print $1 }' "$work/wrk-join-post-$c.txt")
  echo "   POST /join, $c connections: ${post[$c]} ($made applications for $posted requests)"
  post[$c]="${post[$c]} $made $posted"
done
rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$urbis_pid/status")
logged=$(grep -cE '^(warn|fail|crit):' "$work/urbis.log")

section="$work/section.md"
{
  echo
  echo "## Joining: /join and applying ($(date -u +%F), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "\`bench/joining.sh\`: SQLite, Production, warm-up ${warmup} s, wrk \`-t2 -d$duration --latency\`. /join is ${page_kb} kB."
  echo
  echo "| request | connections | requests/s | p50 ms | p99 ms | % of /hello | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  for c in "${connections[@]}"; do read -r r p50 p99 bad sock <<< "${hello[$c]}"; echo "| \`GET /hello\` | $c | $r | $p50 | $p99 | 100 % | $bad non-2xx/3xx |"; done
  for c in "${connections[@]}"; do read -r r p50 p99 bad sock <<< "${get[$c]}"; h=${hello[$c]%% *}; echo "| \`GET /join\` | $c | $r | $p50 | $p99 | $(awk -v a="$r" -v b="$h" 'BEGIN { printf "%.1f %%", 100 * a / b }') | $bad non-2xx/3xx |"; done
  read -r r p50 p99 bad sock <<< "$uncached"; echo "| \`GET /join?uncached=1\` (rendered each time) | 4 | $r | $p50 | $p99 | $(awk -v a="$r" -v b="${hello[4]%% *}" 'BEGIN { printf "%.1f %%", 100 * a / b }') | $bad non-2xx/3xx |"
  for c in "${connections[@]}"; do read -r r p50 p99 bad sock made posted <<< "${post[$c]}"; h=${hello[$c]%% *}; echo "| \`POST /join\` (a new application each) | $c | $r | $p50 | $p99 | $(awk -v a="$r" -v b="$h" 'BEGIN { printf "%.1f %%", 100 * a / b }') | $bad non-2xx/3xx; $made applications for $posted posts |"; done
  echo
  echo "- Urbis peak resident memory: $rss MB; it logged $logged warning/error line(s)."
  echo "- 1-minute load average when each measurement started: $(for f in "$work"/load-*.txt; do printf '%s %s; ' "$(basename "$f" .txt | sed 's/^load-//')" "$(cut -d' ' -f2 "$f")"; done)"
} > "$section"
cat "$section"
if [ "$record" = 1 ]; then
  [ -f bench/RESULTS.md ] || printf '# Urbis benchmark results\n\nNewest last.\n' > bench/RESULTS.md
  cat "$section" >> bench/RESULTS.md
  echo "== appended to bench/RESULTS.md"
fi
