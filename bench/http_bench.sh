#!/usr/bin/env bash
# Front-door benchmark: start-up time to the first 200, idle memory, and GET / throughput
# and p99 latency under wrk on loopback. Numbers drift between machines; compare ratios
# measured in one run. Usage: bench/http_bench.sh [seconds=10] [connections=64]
set -euo pipefail
source "$(dirname "$0")/common.sh" "$@"
# Only our own gateway: "kill 0" would signal the whole process group, the caller included.
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$data"' EXIT

# Fresh data dir: includes creating the database and running the migrations.
probe=$(WAG_KEYCHAIN=off "$build/bench/wag_startup_probe" "$build/app/whatsapp-gateway" "$data" "$port")
pid=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<<"$probe")
startup=$(sed -n 's/.*startup_ms=\([0-9]*\).*/\1/p' <<<"$probe")
rss=$(sed -n 's/.*idle_rss_kib=\([0-9]*\).*/\1/p' <<<"$probe")

out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/")
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
p50=$(awk '$1=="50%" {print $2}' <<<"$out")
p99=$(awk '$1=="99%" {print $2}' <<<"$out")
errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)

echo "GET / : ${rps} req/s, p50 ${p50}, p99 ${p99} (wrk -t2 -c${connections} -d${duration}s)"
[ -n "$errors" ] && echo "  $errors"
echo "start-up to first 200 (fresh data dir): ${startup} ms"
echo "idle RSS after start-up: ${rss} KiB"
