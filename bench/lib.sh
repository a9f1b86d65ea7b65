# Functions of bench/run.sh (sourced; uses its variables: out, work, root, results, record, ...).

started_pids=()
pg_tmp=""

free_port() { /usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# start_app NAME DIR DLL LOG ENV...: runs a published app from its folder (its content root).
start_app() {
  local dir=$2 dll=$3 log=$4; shift 4
  ( cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production "$@" dotnet "$dll" ) > "$log" 2>&1 &
  app_pid=$!
  started_pids+=("$app_pid")
}

stop_app() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

# wait_ready URL TIMEOUT_S [PID]: polls until 200; prints the milliseconds waited.
wait_ready() {
  local url=$1 timeout=$2 pid=${3:-} t0 now
  t0=$(date +%s%N)
  while true; do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url")" = 200 ] && break
    [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && return 1
    now=$(date +%s%N)
    [ $(( (now - t0) / 1000000000 )) -ge "$timeout" ] && return 1
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_tmp=$(mktemp -d)
  chown postgres:postgres "$pg_tmp"
  pg_port=$(free_port)
  # Durability off as in test.sh: the pages measured read, and the load is prepared faster.
  if runuser -u postgres -- "$pg_bin/initdb" -D "$pg_tmp/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
     && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 \
          -o "-p $pg_port -k $pg_tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null; then
    pg_version=$("$pg_bin/postgres" --version | awk '{print $3}')
    echo "== PostgreSQL $pg_version on port $pg_port"
  else
    echo "!! PostgreSQL did not start"; tail -20 "$pg_tmp/server.log" 2>/dev/null; exit 1
  fi
}

stop_postgres() {
  if [ -n "$pg_tmp" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_tmp"
    pg_tmp=""
  fi
}

cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do stop_app "$pid"; done
  stop_postgres
}

# Thousands separators for an integer: 12345 -> 12,345.
group() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# wrk_run FILE CONNECTIONS DURATION URL: one measurement, raw output kept in FILE; prints the
# share of the machine's CPU that other processes used meanwhile.
wrk_run() {
  wrk -t2 -c"$2" -d"$3" --latency -H "X-Forwarded-Proto: https" "$4" > "$1" 2>&1 &
  local pid=$!
  others_during "$pid" "$1.cpu"
  wait "$pid" 2>/dev/null
}

# others_during PID DIR: snapshots every second while PID runs; prints the percentage of the
# machine's CPU that other processes used meanwhile. Per-second snapshots lose little of a process
# that ends in between (its last second at most).
others_during() {
  local pid=$1 dir=$2 i=0
  mkdir -p "$dir"
  cpu_snapshot > "$dir/0"
  while kill -0 "$pid" 2>/dev/null; do sleep 1; i=$((i + 1)); cpu_snapshot > "$dir/$i"; done
  local files=(); for f in $(seq 0 "$i"); do files+=("$dir/$f"); done
  awk '
    FNR == 1 { file++; if (file > 1) { delete prev; for (p in cur) prev[p] = cur[p]; delete cur } }
    $1 == "total" { total[file] = $2; next }
    { cur[$1] = $2; if (file > 1) others += $2 - ($1 in prev ? prev[$1] : 0) }
    END { t = total[file] - total[1]; o = t ? 100 * others / t : 0; printf "%.0f", o < 0 ? 0 : o }' "${files[@]}"
}

# The CPU ticks of the machine ("total N"), then "pid ticks" for every process that is not part
# of the benchmark: not in run.sh's process group (Hello, Urbis, wrk), not our PostgreSQL cluster,
# not a kernel thread (ksoftirqd and kworkers mostly carry our own loopback traffic).
cpu_snapshot() {
  local pgid postmaster=0
  pgid=$(awk '{ sub(/^.*\) /, ""); print $3 }' /proc/$$/stat)
  [ -n "$pg_tmp" ] && [ -f "$pg_tmp/data/postmaster.pid" ] && postmaster=$(head -1 "$pg_tmp/data/postmaster.pid")
  awk '{ t = 0; for (i = 2; i <= NF; i++) t += $i; print "total", t; exit }' /proc/stat
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v pgid="$pgid" -v pm="$postmaster" '
    { pid = $1; sub(/^.*\) /, "")
      if ($3 == pgid || pid == pm || $2 == pm || $2 == 2 || pid == 2) next
      print pid, $12 + $13 }'
}

# wrk_parse FILE: "requests/s p50 p90 p99 non2xx socket_errors" (latencies in ms).
wrk_parse() {
  awk '
    function ms(v) { if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0 }
    /^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(",", ""); sock = $4 + $6 + $8 + $10 }
    END { printf "%d %s %s %s %d %d\n", rps + 0.5, p50, p90, p99, non2xx, sock }' "$1"
}

fmt_ms() { awk -v v="$1" 'BEGIN { if (v < 10) printf "%.2f", v; else if (v < 100) printf "%.1f", v; else printf "%.0f", v }'; }

# The share of the CPU used by other processes over three seconds.
cpu_busy() {
  sleep 3 &
  others_during $! "$work/idle-$(date +%s%N)"
}

rss_mb() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

machine() {
  local cpu count ram os dotnet_rt
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  count=$(grep -c '^processor' /proc/cpuinfo)
  ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
  dotnet_rt=$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }')
  echo "$cpu × $count, $ram RAM, $os, Linux $(uname -r), .NET $dotnet_rt (SDK $(dotnet --version))"
}

write_heading() {
  local commit
  commit=$(git -C "$root" rev-parse --short HEAD)
  [ -n "$(git -C "$root" status --porcelain -- src bench/Hello bench/Urbis.Bench bench/run.sh bench/lib.sh)" ] && commit="$commit + uncommitted changes"
  {
    echo
    echo "## $(date -u '+%Y-%m-%d %H:%M') UTC · commit $commit"
    echo
    echo "Machine: $(machine). Load: wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}') \`-t2 -d$duration --latency\` on loopback, warm-up ${warmup} s. Command: \`${command_line% }\`."
  } >> "$1"
}

# sql_probe LOG URL LABEL: one request with EF command logging on; prints "N (X ms)".
sql_probe() {
  local log=$1 url=$2 before code
  before=$(wc -l < "$log")
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-Proto: https" "$url")
  sleep 0.5 # the console logger writes from a queue
  tail -n +"$((before + 1))" "$log" | grep -o 'Executed DbCommand ([0-9]*ms)' \
    | awk -v code="$code" '{ n++; gsub(/[^0-9]/, "", $3); t += $3 } END { printf "%d SQL command(s), %d ms in SQL, HTTP %s", n, t, code }'
}

source "$bench/run-once.sh"
