#!/usr/bin/env bash
# Send-message benchmark: POST /api/send-message throughput and latency (pacing off, the
# simulator provider, every answer committed with synchronous=FULL before it is given)
# against bare GET / in the same run, on the same gateway. Prints the ratio.
# Usage: bench/send_bench.sh [seconds=10] [connections=64]
set -euo pipefail
source "$(dirname "$0")/common.sh" "$@"
gw=$build/app/whatsapp-gateway
export WAG_KEYCHAIN=off
# Only our own gateway: "kill 0" would signal the whole process group, the caller included.
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$data"' EXIT

"$gw" --data-dir "$data" admin create-instance bench >/dev/null
export WAG_BENCH_KEY=$("$gw" --data-dir "$data" admin create-api-key bench)
# Raw speed: no pacing, no warm-up, no per-key rate limit, limits out of the way.
WAG_WARMUP_DAYS=0 WAG_API_RATE_LIMIT_PER_MINUTE=0 WAG_DAILY_LIMIT=10000000 WAG_MONTHLY_LIMIT=100000000 \
  ${WAG_BENCH_WRAPPER:-} "$gw" --headless --data-dir "$data" --listen "127.0.0.1:$port" --pacing off --simulator-control \
  --log-level info >"$data/gateway.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fs -X POST "http://127.0.0.1:$port/simulator/instances/bench/scan" >/dev/null

run() { wrk -t2 -c"$connections" -d"${duration}s" --latency "$@"; }
field() { awk -v k="$1" '$1==k {print $2}'; }

# Each phase with the gateway's CPU time and the machine's busy time around it.
measure() {
  local g0 b0 t0 g1 b1 t1 out
  g0=$(process_ticks "$pid"); read -r b0 t0 < <(machine_ticks)
  out=$(run "$@")
  g1=$(process_ticks "$pid"); read -r b1 t1 < <(machine_ticks)
  local requests
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  printf '%s\n%s\n' "$(cpu_per_request "$g0" "$g1" "$b0" "$t0" "$b1" "$t1" "$requests")" "$out"
}
get_all=$(measure "http://127.0.0.1:$port/")
send_all=$(measure -s bench/send_message.lua "http://127.0.0.1:$port/")
read -r get_cpu get_busy <<<"$(head -1 <<<"$get_all")"
read -r send_cpu send_busy <<<"$(head -1 <<<"$send_all")"
get_out=$(tail -n +2 <<<"$get_all")
send_out=$(tail -n +2 <<<"$send_all")

get_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$get_out")
send_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$send_out")
non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$send_out")
rows=$(sqlite3 "$data/gateway.db" "SELECT COUNT(*) FROM messages" 2>/dev/null || echo "?")
sent=$(sqlite3 "$data/gateway.db" "SELECT COUNT(*) FROM messages WHERE status IN ('sent','delivered','read')" 2>/dev/null || echo "?")

echo "GET /               : ${get_rps} req/s, p50 $(field 50% <<<"$get_out"), p99 $(field 99% <<<"$get_out")"
echo "POST send-message   : ${send_rps} req/s, p50 $(field 50% <<<"$send_out"), p99 $(field 99% <<<"$send_out"), non-2xx ${non2xx:-0}"
awk -v s="$send_rps" -v g="$get_rps" 'BEGIN { printf "ratio send/GET      : %.1f %%\n", 100 * s / g }'
echo "gateway CPU/request: GET / ${get_cpu} µs, send ${send_cpu} µs (all threads, user + system)"
echo "machine busy       : GET / ${get_busy} %, send ${send_busy} % of all cores (the load generator included)"
echo "message log rows    : ${rows} (sent: ${sent}); synchronous=FULL, group commit per event-loop turn"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
echo "group commit        : $(sed -n 's/.*group commit: //p' "$data/gateway.log")"
echo "(wrk -t2 -c${connections} -d${duration}s, both against one gateway in one run)"
