# One run of bench/run.sh: one provider, one size (sourced by lib.sh).

# run_once PROVIDER SIZE
run_once() {
  local provider=$1 size=$2 dir="$work/$1-$2" port tool_cs app_cs db_provider label
  mkdir -p "$dir/data"
  if [ "$provider" = sqlite ]; then
    # The zero-configuration default: urbis.db in the data folder, no connection string.
    db_provider=Sqlite; tool_cs="Data Source=$dir/data/urbis.db"; app_cs=""; label=SQLite
  else
    db_provider=PostgreSql; app_cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=urbis_bench"; tool_cs=$app_cs
    label="PostgreSQL $pg_version"
  fi

  echo "== $label, $(group "$size") authorities: preparing the database"
  dotnet "$out/tool/Urbis.Bench.dll" prepare --provider "$provider" --connection "$tool_cs" --authorities "$size" > "$dir/prepare.log" 2>&1 \
    || { tail -20 "$dir/prepare.log"; echo "!! prepare failed"; exit 1; }
  local prepared; prepared=$(tail -1 "$dir/prepare.log"); echo "   $prepared"

  port=$(free_port)
  local base="http://127.0.0.1:$port"
  local settings=(ASPNETCORE_URLS="$base" Database__Provider="$db_provider" ConnectionStrings__Urbis="$app_cs"
    Storage__DataFolder="$dir/data" Database__SeedDemoData=false Security__RequireHttps=false Mail__RunSender=false
    Logging__LogLevel__Default=Warning Urbis__PublicBaseUrl="$base")

  # 1. SQL per request: a first start with EF's command log at Information, two requests per page
  #    (the first fills any cache, the second is what the steady state does).
  echo "   SQL probe"
  start_app urbis "$out/urbis" Urbis.Web.dll "$dir/probe.log" "${settings[@]}" \
    "Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information"
  local probe_pid=$app_pid
  wait_ready "$base/health/ready" 120 "$probe_pid" >/dev/null || { tail -30 "$dir/probe.log"; echo "!! Urbis did not start"; exit 1; }
  local sql_rows=() page
  for page in / /account/sign-in; do
    sql_rows+=("| \`$page\` | $(sql_probe "$dir/probe.log" "$base$page") | $(sql_probe "$dir/probe.log" "$base$page") |")
  done
  stop_app "$probe_pid"

  # 2. The measured start: cold start, a check of what the pages show, warm-up, measurements.
  local busy_before load_before waited=0
  busy_before=$(cpu_busy)
  while [ -n "$quiet" ] && [ "$busy_before" -ge "$quiet" ] && [ "$waited" -lt 1200 ]; do
    echo "   other processes use ${busy_before} % of the CPU: waiting for less than ${quiet} %"
    sleep 27; waited=$((waited + 30)); busy_before=$(cpu_busy)
  done
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "   starting Urbis (other processes used ${busy_before} % of the CPU just before)"
  start_app urbis "$out/urbis" Urbis.Web.dll "$dir/urbis.log" "${settings[@]}"
  local pid=$app_pid cold first
  cold=$(wait_ready "$base/health/ready" 120 "$pid") || { tail -30 "$dir/urbis.log"; echo "!! Urbis did not start"; exit 1; }
  first=$(curl -s -o "$dir/home.html" -w '%{http_code} %{time_total}' -H "X-Forwarded-Proto: https" "$base/")
  local checks=()
  [ "${first%% *}" = 200 ] || checks+=("\`/\` answered ${first%% *}")
  grep -q "$(group "$size") local and regional authorities" "$dir/home.html" || checks+=("the home page does not show $(group "$size") authorities")
  local signin_code; signin_code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-Proto: https" "$base/account/sign-in")
  [ "$signin_code" = 200 ] || checks+=("\`/account/sign-in\` answered $signin_code")
  echo "   ready after ${cold} ms; first / in $(awk -v s="${first#* }" 'BEGIN { printf "%.0f", s * 1000 }') ms; warming up for ${warmup}s"
  wrk -t1 -c16 -d"${warmup}s" -H "X-Forwarded-Proto: https" "$base/" > "$dir/warmup-home.txt" 2>&1 &
  local w1=$!
  wrk -t1 -c16 -d"${warmup}s" -H "X-Forwarded-Proto: https" "$base/account/sign-in" > "$dir/warmup-signin.txt" 2>&1 &
  local w2=$!
  wait "$w1" "$w2"

  local rows=() c target url file r rps p50 p90 p99 non2xx sock errors others
  declare -A hello_rps=()
  for target in hello / /account/sign-in; do
    for c in "${connections[@]}"; do
      if [ "$target" = hello ]; then url="http://127.0.0.1:$hello_port/hello"; else url="$base$target"; fi
      file="$dir/wrk-$(echo "$target" | tr -c 'a-z0-9\n' '_')-$c.txt"
      echo "   wrk $target, $c connections"
      others=$(wrk_run "$file" "$c" "$duration" "$url")
      read -r rps p50 p90 p99 non2xx sock < <(wrk_parse "$file")
      [ "$target" = hello ] && hello_rps[$c]=$rps
      errors="none"
      if [ "$non2xx" != 0 ] || [ "$sock" != 0 ]; then
        errors="**$non2xx non-2xx/3xx, $sock socket errors**"
        echo "!! $target at $c connections: $non2xx non-2xx/3xx responses, $sock socket errors (see ${file#$root/})"
      fi
      r=$(awk -v a="$rps" -v b="${hello_rps[$c]:-0}" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else printf "–" }')
      rows+=("| \`$( [ "$target" = hello ] && echo "/hello" || echo "$target")\` | $c | $(group "$rps") | $(fmt_ms "$p50") | $(fmt_ms "$p90") | $(fmt_ms "$p99") | $r | $others % | $errors |")
    done
  done
  local rss hwm; rss=$(rss_mb "$pid" VmRSS); hwm=$(rss_mb "$pid" VmHWM)
  local logged; logged=$(grep -cE '^(warn|fail|crit):' "$dir/urbis.log")
  local busy_after; busy_after=$(cpu_busy)
  stop_app "$pid"

  local section="$dir/section.md"
  {
    echo
    echo "### $label, $(group "$size") authorities"
    echo
    echo "| page | connections | requests/s | p50 ms | p90 ms | p99 ms | % of /hello | others' CPU | errors |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    printf '%s\n' "${rows[@]}"
    echo
    echo "- Cold start (process start to the first 200 from \`/health/ready\`): $(awk -v v="$cold" 'BEGIN { printf "%.2f", v / 1000 }') s;" \
         "the first \`/\` after it took $(awk -v s="${first#* }" 'BEGIN { printf "%.0f", s * 1000 }') ms."
    echo "- Urbis resident memory at the end of the run: $rss MB (peak $hwm MB)."
    echo "- Other processes used ${busy_before} % of the CPU just before the run (load average $load_before) and ${busy_after} % just after it."
    echo "- Urbis logged $logged warning/error line(s) during the run${checks[*]:+; checks failed: ${checks[*]}}."
    echo "- Database: $prepared"
    echo
    echo "| SQL per request (probe start) | first request | second request |"
    echo "| --- | --- | --- |"
    printf '%s\n' "${sql_rows[@]}"
  } > "$section"
  cat "$section"
  if [ "$record" = 1 ]; then
    if [ ! -f "$results" ]; then
      printf '# Urbis benchmark results\n\nAppended by `bench/run.sh`, newest last. How to read them: `bench/README.md`.\n' > "$results"
    fi
    [ "$heading_written" = 1 ] || { write_heading "$results"; heading_written=1; }
    cat "$section" >> "$results"
  fi
}
