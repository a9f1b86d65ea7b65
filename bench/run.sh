#!/usr/bin/env bash
# Load benchmark of Urbis against a plain Kestrel "Hello, World!" measured in the same run.
#
#   bench/run.sh                                   everything: sqlite and postgres, 250, 10000 and 100000
#   bench/run.sh --providers sqlite --sizes 250 --duration 3s --warmup 5 --no-publish --no-record
#                                                  a smoke run of about a minute
# Options:
#   --providers sqlite,postgres   databases to run on (default both)
#   --sizes 250,10000,100000      numbers of authorities (each with an active membership)
#   --duration 20s                each wrk measurement (wrk's syntax)
#   --warmup 60                   seconds of load before measuring (tiered JIT needs 40-60 s)
#   --connections 4,32            wrk connection counts
#   --results FILE                where tables are appended (default bench/RESULTS.md)
#   --no-record                   print the tables only, append nothing
#   --no-publish                  reuse bench/out/ from an earlier run
#   --wait-quiet PCT              before each run, wait (up to 20 min) until other processes use
#                                 less than PCT % of the CPU (the machine may be shared)
#
# Publishes Urbis.Web, Hello and Urbis.Bench in Release to bench/out/, works in bench/work/ (both
# ignored by git), starts a throwaway PostgreSQL cluster when asked (as test.sh does) and stops
# everything it started at the end. Needs wrk and curl (installed with apt-get when root).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bench="$root/bench"
out="$bench/out"
command_line="bench/run.sh $*"
providers=(sqlite postgres); sizes=(250 10000 100000); connections=(4 32)
duration=20s; warmup=60; results="$bench/RESULTS.md"; record=1; publish=1; quiet=""
split() { local IFS=,; read -r -a "$1" <<< "$2"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --providers) split providers "$2"; shift 2 ;;
    --sizes) split sizes "$2"; shift 2 ;;
    --connections) split connections "$2"; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --results) results=$(realpath -m "$2"); shift 2 ;;
    --no-record) record=0; shift ;;
    --no-publish) publish=0; shift ;;
    --wait-quiet) quiet=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)"; exit 2 ;;
  esac
done
for p in "${providers[@]}"; do
  case "$p" in sqlite|postgres) ;; *) echo "Unknown provider $p (sqlite, postgres)"; exit 2 ;; esac
done
stamp=$(date -u +%Y%m%d-%H%M%S)
work="$bench/work/$stamp"
mkdir -p "$work"
source "$bench/lib.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- prerequisites -----------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if [[ " ${providers[*]} " == *" postgres "* ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  for m in "${missing[@]}"; do
    [ "$m" = postgresql ] && { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "!! postgresql is missing"; exit 1; }; continue; }
    command -v "$m" >/dev/null || { echo "!! $m is missing: apt-get install $m, or run this script as root"; exit 1; }
  done
fi

# --- publish -----------------------------------------------------------------------------------
if [ "$publish" = 1 ]; then
  echo "== publishing Urbis.Web, Hello and Urbis.Bench (Release; log: ${work#$root/}/publish.log)"
  rm -rf "$out"
  { dotnet publish src/Urbis.Web/Urbis.Web.csproj -c Release -o "$out/urbis" -nologo -v q \
    && dotnet publish bench/Hello/Hello.csproj -c Release -o "$out/hello" -nologo -v q \
    && dotnet publish bench/Urbis.Bench/Urbis.Bench.csproj -c Release -o "$out/tool" -nologo -v q; } > "$work/publish.log" 2>&1 \
    || { tail -30 "$work/publish.log"; echo "!! publish failed"; exit 1; }
fi
for f in urbis/Urbis.Web.dll hello/Hello.dll tool/Urbis.Bench.dll; do
  [ -f "$out/$f" ] || { echo "!! $out/$f is missing: run without --no-publish"; exit 1; }
done

# --- the ceiling, started once and warmed once -------------------------------------------------
hello_port=$(free_port)
start_app hello "$out/hello" Hello.dll "$work/hello.log" ASPNETCORE_URLS="http://127.0.0.1:$hello_port"
hello_pid=$app_pid
wait_ready "http://127.0.0.1:$hello_port/hello" 60 >/dev/null || { echo "!! Hello did not start"; tail "$work/hello.log"; exit 1; }
echo "== warming up Hello for ${warmup}s"
wrk -t2 -c32 -d"${warmup}s" "http://127.0.0.1:$hello_port/hello" > "$work/hello-warmup.txt" 2>&1

heading_written=0
for provider in "${providers[@]}"; do
  [ "$provider" = postgres ] && start_postgres
  for size in "${sizes[@]}"; do
    run_once "$provider" "$size"
  done
  [ "$provider" = postgres ] && stop_postgres
done
echo "== done; raw output in ${work#$root/}"
[ "$record" = 1 ] && echo "== results appended to ${results#$root/}"
exit 0
