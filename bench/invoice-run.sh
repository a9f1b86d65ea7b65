#!/usr/bin/env bash
# Times the annual invoice run (issue.md 5, Speed): N members invoiced with their PDFs drawn and
# their e-mails queued, while two members keep signing in and opening the members' area, on SQLite
# and on a throwaway PostgreSQL cluster. Appends a table to bench/RESULTS.md.
#
#   bench/invoice-run.sh                         10,000 members, sqlite and postgres
#   bench/invoice-run.sh --members 2000 --providers sqlite --no-record
#   bench/invoice-run.sh --wait-quiet 1.5     first wait (up to 30 min) for a 1-minute load average below 1.5
#
# Beside bench/run.sh (pages under wrk), not inside it: the run is background work the app does
# itself, so this hosts Urbis in its own process (bench/InvoiceRun, configured as in production)
# instead of driving a published server; the members' requests go through the whole ASP.NET Core
# pipeline in memory.
set -uo pipefail
cd "$(dirname "$0")/.."
members=10000; providers=(sqlite postgres); record=1; results=bench/RESULTS.md; quiet=""
while [ $# -gt 0 ]; do
  case "$1" in
    --members) members=$2; shift 2 ;;
    --providers) IFS=, read -r -a providers <<< "$2"; shift 2 ;;
    --no-record) record=0; shift ;;
    --results) results=$2; shift 2 ;;
    --wait-quiet) quiet=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "Unknown option $1"; exit 2 ;;
  esac
done

echo "== build"
dotnet build bench/InvoiceRun -c Release -nologo -v q >/tmp/invoice-run-build.log 2>&1 || { tail -20 /tmp/invoice-run-build.log; exit 1; }
tool=(dotnet bench/InvoiceRun/bin/Release/net10.0/Urbis.Bench.InvoiceRun.dll --members "$members")
rows=$(mktemp)

pg_tmp=""
stop_pg() { [ -n "$pg_tmp" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast -w stop >/dev/null 2>&1; [ -n "$pg_tmp" ] && rm -rf "$pg_tmp"; rm -f "$rows"; }
trap stop_pg EXIT

wait_quiet() {
  [ -n "$quiet" ] || return 0
  for _ in $(seq 360); do
    awk -v q="$quiet" '{ exit !($1 < q) }' /proc/loadavg && return 0
    sleep 5
  done
  echo "!! the machine stayed busy (load $(cut -d' ' -f1 /proc/loadavg)); measuring anyway"
}

for provider in "${providers[@]}"; do
  wait_quiet
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== $provider (load average $load)"
  case "$provider" in
    sqlite) "${tool[@]}" --provider sqlite --results "$rows" --note "$load" || echo "!! sqlite run failed" ;;
    postgres)
      pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
      pg_tmp=$(mktemp -d); chown postgres:postgres "$pg_tmp"
      port=$(/usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
      runuser -u postgres -- "$pg_bin/initdb" -D "$pg_tmp/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      # Durable as in production (fsync on): the run writes, and its speed must include that.
      runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 \
        -o "-p $port -k $pg_tmp -c listen_addresses=127.0.0.1" start >/dev/null
      psql -h 127.0.0.1 -p "$port" -U postgres -qc 'create database urbis_bench'
      "${tool[@]}" --provider postgres --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=urbis_bench" --results "$rows" --note "$load" || echo "!! postgres run failed"
      ;;
  esac
done

if [ "$record" = 1 ] && [ -s "$rows" ]; then
  {
    echo
    echo "## Annual invoice run · $(date -u '+%Y-%m-%d %H:%M UTC') · commit $(git rev-parse --short HEAD)"
    echo
    echo "Machine: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}'). \`bench/invoice-run.sh --members $members\`; two members sign in and open the members' area continuously during each run (PBKDF2 sign-ins, about 12 a second: a heavy share of the 2 cores)."
    echo
    echo "| database | members | run (request → completed) | invoices / PDFs / e-mails queued | PDFs stored | members before the run | members during the run | load average at start |"
    echo "| --- | ---: | ---: | --- | ---: | --- | --- | --- |"
    cat "$rows"
  } >> "$results"
  echo "== recorded in $results"
fi
cat "$rows"
