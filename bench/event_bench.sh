#!/usr/bin/env bash
# Event bench: contacts write in through the simulator (the provider side), the inbound
# pipeline records each message with its events in the outbox (synchronous=FULL, group
# commit), and the dispatcher delivers message.received, signed, to a local receiver.
# Measured at the receiver: events per second from the first to the last arrival when
# offered as fast as the gateway takes them, then end-to-end latency (occurred_at, when
# the gateway took the event in, to arrival) at a fixed offered rate.
# Usage: bench/event_bench.sh [events=20000] [rate=500] [rate_seconds=20]
set -euo pipefail
events=${1:-20000}
rate=${2:-500}
rate_seconds=${3:-20}
source "$(dirname "$0")/common.sh"
gw=$build/app/whatsapp-gateway
load=$build/bench/wag_event_load
sink=$build/bench/wag_webhook_sink
export WAG_KEYCHAIN=off
sink_port=$(( port + 1 ))
trap 'for p in ${pid:-} ${sink_pid:-}; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$data"' EXIT

"$gw" --data-dir "$data" admin create-instance bench >/dev/null
"$gw" --data-dir "$data" --allow-loopback-webhooks admin add-webhook bench "http://127.0.0.1:$sink_port/hook" \
  --events message.received >/dev/null
${WAG_BENCH_WRAPPER:-} "$gw" --headless --data-dir "$data" --listen "127.0.0.1:$port" --simulator-control \
  --allow-loopback-webhooks --log-level info >"$data/gateway.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fs -X POST "http://127.0.0.1:$port/simulator/instances/bench/scan" >/dev/null

# One receiver for both phases; it prints a line as each phase's events have all arrived.
"$sink" --port "$sink_port" --expect "$events,$(( rate * rate_seconds ))" >"$data/sink.out" &
sink_pid=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$sink_port/" && break; sleep 0.05; done
phase() {
  local count=$1 offered=$2 line=$3
  "$load" --port "$port" --instance bench --count "$count" --rate "$offered" --connections 8 >"$data/load.out"
  for _ in $(seq 1 600); do [ "$(wc -l <"$data/sink.out")" -ge "$line" ] && break; sleep 0.1; done
  echo "offered $( [ "$offered" = 0 ] && echo 'as fast as taken' || echo "$offered/s" ): $(cat "$data/load.out") | at the receiver: $(sed -n "${line}p" "$data/sink.out")"
}

phase "$events" 0 1
phase $(( rate * rate_seconds )) "$rate" 2
# The last answers may still be on their way to the disk when the receiver has them all.
for _ in $(seq 1 50); do
  pending=$(sqlite3 "$data/gateway.db" "SELECT COUNT(*) FROM webhook_deliveries WHERE state <> 'delivered'" 2>/dev/null || echo "?")
  [ "$pending" = 0 ] && break; sleep 0.1
done
echo "deliveries not delivered at the end: ${pending}"
if [ "$pending" != 0 ]; then
  sqlite3 "$data/gateway.db" "SELECT d.state, d.attempts, d.last_status_code, d.last_error, e.type FROM webhook_deliveries d JOIN events e ON e.seq = d.event_seq WHERE d.state <> 'delivered'" 2>/dev/null | head -5
fi
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
echo "group commit: $(sed -n 's/.*group commit: //p' "$data/gateway.log")"
kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true; sink_pid=
