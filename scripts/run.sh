#!/usr/bin/env bash
# The run command: installs what is needed, builds, and starts the gateway on
# 127.0.0.1:8480 with its embedded defaults — the desktop window when a display is
# available, --headless otherwise. Extra arguments are passed to the gateway.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh

binary=build/app/whatsapp-gateway
listen=${WAG_LISTEN:-127.0.0.1:8480}
if curl -fsS --max-time 2 "http://$listen/" >/dev/null 2>&1; then
  echo "A gateway already answers at http://$listen/ — stop it first (Ctrl+C in its terminal)."
  exit 0
fi

# Demo mode: the built-in simulator provider, with its control routes (loopback only) so
# the simulated phone can "scan" QR codes and contacts can write in.
mode=(--headless --simulator-control)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  mode=(--simulator-control)
fi

cat <<TXT

Starting WhatsApp Gateway at http://$listen/
  Health:            curl http://$listen/
  First admin user:  $binary admin create-user admin --role admin   (reads the password from stdin)
  An instance:       $binary admin create-instance front-desk
  An API key:        $binary admin create-api-key crm
  Link it (demo):    curl -X POST http://$listen/simulator/instances/front-desk/scan
  Send:              see "Sending a message" in README.md
  All commands:      $binary --help   and   $binary admin --help

TXT
exec "$binary" "${mode[@]}" "$@"
