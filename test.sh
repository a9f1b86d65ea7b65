#!/usr/bin/env bash
# Runs every test suite of Urbis and ends with one line: "N passed, N failed, N skipped".
#
#   ./test.sh                 everything: unit, integration on SQLite, integration on PostgreSQL, browser
#   ./test.sh unit            only the named suites (unit, sqlite, postgres, browser)
#
# Installs what is missing (chromium, postgresql) with apt-get when run as root, starts a throwaway
# PostgreSQL cluster on a free local port and stops it at the end. With CI=true nothing may be
# skipped: a missing prerequisite fails the run.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(unit sqlite postgres browser)
wants() { local s; for s in "${suites[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
log_dir="$root/artifacts/test-logs"
mkdir -p "$log_dir"
started=$(date +%s)

# --- prerequisites -----------------------------------------------------------------------------
missing=()
if wants browser && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if wants postgres && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || echo "!! could not install ${missing[*]}"
  else
    echo "!! missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run this script as root"
  fi
fi

# --- a throwaway PostgreSQL --------------------------------------------------------------------
pg_tmp=""
stop_pg() {
  if [ -n "$pg_tmp" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_tmp"
  fi
}
trap stop_pg EXIT
if wants postgres && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_tmp=$(mktemp -d)
  chown postgres:postgres "$pg_tmp"
  pg_port=$(/usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  if runuser -u postgres -- "$pg_bin/initdb" -D "$pg_tmp/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
     && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 \
          -o "-p $pg_port -k $pg_tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null; then
    export URBIS_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"
    echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port"
  else
    echo "!! PostgreSQL did not start"; cat "$pg_tmp/server.log" 2>/dev/null | tail -20
  fi
fi

# --- build once --------------------------------------------------------------------------------
echo "== build"
if ! dotnet build Urbis.slnx -c Release -nologo -v q > "$log_dir/build.log" 2>&1; then
  tail -40 "$log_dir/build.log"
  echo "0 passed, 1 failed, 0 skipped (the build failed)"
  exit 1
fi

# --- suites ------------------------------------------------------------------------------------
passed=0; failed=0; skipped=0
run_suite() { # name, project, env...
  local name=$1 project=$2; shift 2
  local log="$log_dir/$name.log" t0=$(date +%s)
  echo "== $name"
  local extra=()
  [ "${CI:-}" = "true" ] && extra+=(-failSkips)
  env "$@" timeout 25m dotnet "tests/$project/bin/Release/net10.0/$project.dll" -noColor "${extra[@]}" > "$log" 2>&1
  local code=$?
  # xUnit's summary: "Total: N, Errors: N, Failed: N, Skipped: N, Not Run: N, Time: ..."
  local summary=$(grep -E 'Total: [0-9]+, Errors: [0-9]+, Failed: [0-9]+, Skipped: [0-9]+' "$log" | tail -1)
  local total=$(echo "$summary" | grep -Eo 'Total: [0-9]+' | grep -Eo '[0-9]+')
  local errors=$(echo "$summary" | grep -Eo 'Errors: [0-9]+' | grep -Eo '[0-9]+')
  local f=$(echo "$summary" | grep -Eo 'Failed: [0-9]+' | grep -Eo '[0-9]+')
  local k=$(echo "$summary" | grep -Eo 'Skipped: [0-9]+' | grep -Eo '[0-9]+')
  local s=""
  if [ -n "$total" ]; then f=$(( f + errors )); s=$(( total - f - k )); fi
  if [ -z "$total" ]; then
    f=1; s=0; k=0
    echo "   no test summary (exit $code); last lines of $log:"; tail -30 "$log" | sed 's/^/   /'
  elif [ "$code" != 0 ] && [ "${f:-0}" = 0 ]; then
    f=1
    echo "   exit code $code without a failed test; last lines of $log:"; tail -30 "$log" | sed 's/^/   /'
  fi
  if [ "${f:-0}" != 0 ] && [ -n "$total" ]; then
    grep -E -A12 '\[FAIL\]' "$log" | head -80 | sed 's/^/   /'
  fi
  passed=$((passed + ${s:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${k:-0}))
  echo "   $name: ${s:-0} passed, ${f:-0} failed, ${k:-0} skipped in $(( $(date +%s) - t0 ))s (log: ${log#$root/})"
}

wants unit && run_suite unit Urbis.UnitTests
wants sqlite && run_suite integration-sqlite Urbis.IntegrationTests URBIS_TEST_DB=sqlite
if wants postgres; then
  if [ -n "${URBIS_TEST_PG:-}" ]; then
    run_suite integration-postgres Urbis.IntegrationTests URBIS_TEST_DB=postgres
  else
    echo "== integration-postgres: PostgreSQL is not available"; failed=$((failed + 1))
  fi
fi
wants browser && run_suite browser Urbis.BrowserTests

echo "== finished in $(( $(date +%s) - started ))s"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
