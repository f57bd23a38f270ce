#!/usr/bin/env bash
# Runs a command inside a throw-away D-Bus session bus with its own unlocked
# gnome-keyring Secret Service, so tests exercise the real keychain path (QtKeychain ->
# libsecret -> Secret Service) without touching the developer's own keyring.
#
#   scripts/with-test-keyring.sh ctest --test-dir build
#
# The command's exit status is passed through. HOME and the XDG directories point into a
# temporary directory that is removed afterwards, together with the bus and the daemon.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 command [arguments...]" >&2
  exit 2
fi

# Runs "$2..." in the background so that INT/TERM reach this script at once (bash would
# otherwise hold a trap until a foreground command ends) and hands each signal to the
# function named in $1. Leaves the command's exit status in $status. "<&0" keeps stdin:
# without it a background command reads /dev/null.
run_forwarding() {
  local on_signal=$1
  shift
  "$@" <&0 &
  child=$!
  trap "$on_signal INT" INT
  trap "$on_signal TERM" TERM
  status=0
  wait "$child" || status=$?
  # A trapped signal ends `wait` early: wait again for the command's own status.
  while kill -0 "$child" 2>/dev/null; do
    status=0
    wait "$child" || status=$?
  done
  trap - INT TERM
}

if [ "${WAG_TEST_KEYRING_INNER:-}" != 1 ]; then
  # Outer pass: private HOME/XDG dirs, then a private session bus running our inner pass.
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
      echo "$0: $tool is missing (packaging/install-build-deps.sh installs it)" >&2
      exit 127
    fi
  done
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/wag-test-keyring.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  # Set before the bus starts: the bus passes its environment to anything it activates
  # (it knows /usr/share/dbus-1/services/org.freedesktop.secrets.service), so nothing it
  # starts can reach the real ~/.local/share/keyrings.
  export HOME="$scratch/home"
  export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
  export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$scratch/run"
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  # QtKeychain picks its backend from the desktop variables (KDE -> KWallet). Clear them so
  # it takes the libsecret path against our daemon, whatever desktop we were run from.
  unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION \
        KDE_SESSION_VERSION GNOME_KEYRING_CONTROL
  # (In containers dbus-daemon says on stderr that it may not raise its fd limit: harmless.)
  # dbus-run-session dies on SIGTERM without stopping the bus or its child, so a signal
  # goes to the inner pass instead, which stops the command and the daemon; the bus then
  # ends with it.
  export WAG_TEST_KEYRING_PIDFILE="$scratch/inner.pid"
  forward() {
    if [ -s "$WAG_TEST_KEYRING_PIDFILE" ]; then
      kill "-$1" "$(cat "$WAG_TEST_KEYRING_PIDFILE")" 2>/dev/null || true
    fi
  }
  WAG_TEST_KEYRING_INNER=1 run_forwarding forward dbus-run-session -- "$0" "$@"
  exit "$status"
fi

# Inner pass, on the private bus.
unset WAG_TEST_KEYRING_INNER
echo $$ >"$WAG_TEST_KEYRING_PIDFILE"
unset WAG_TEST_KEYRING_PIDFILE
keyring_pid=
stop_keyring() {
  if [ -n "$keyring_pid" ]; then
    kill "$keyring_pid" 2>/dev/null || true
    wait "$keyring_pid" 2>/dev/null || true
  fi
}
trap stop_keyring EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --unlock with an EMPTY password does not create the "login" collection (measured on
# Debian 12, gnome-keyring 42.1): the default alias stays "/" and every store fails. A
# non-empty throw-away password creates it, unlocked. --foreground keeps the daemon our
# child, so we know its pid and can stop it.
printf 'wag-test-keyring' |
  gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$XDG_RUNTIME_DIR/keyring.log" 2>&1 &
keyring_pid=$!

bus_call() {
  dbus-send --session --print-reply --reply-timeout=2000 "$@"
}

# Wait with NameHasOwner, which never activates anything: a call to org.freedesktop.secrets
# made before our daemon owns the name would make the bus start a second daemon.
owned=
for _ in $(seq 1 100); do
  kill -0 "$keyring_pid" 2>/dev/null || break
  if bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
       grep -q 'boolean true'; then
    owned=1
    break
  fi
  sleep 0.1
done
owner_pid=$(bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
              2>/dev/null | awk '/uint32/ { print $2 }' || true)
if [ -z "$owned" ] || [ "$owner_pid" != "$keyring_pid" ]; then
  echo "$0: gnome-keyring-daemon (pid $keyring_pid) did not take the Secret Service name" \
       "(owner: ${owner_pid:-none}); its log:" >&2
  cat "$XDG_RUNTIME_DIR/keyring.log" >&2
  exit 1
fi
if ! bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets \
       org.freedesktop.Secret.Service.ReadAlias string:default |
       grep -q '/org/freedesktop/secrets/collection/'; then
  echo "$0: the test keyring has no default collection" >&2
  exit 1
fi
if ! bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
       org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection \
       string:Locked | grep -q 'boolean false'; then
  echo "$0: the test keyring's default collection is locked" >&2
  exit 1
fi

# Not exec: the EXIT trap must still stop the daemon.
signal_command() {
  kill "-$1" "$child" 2>/dev/null
  return 0
}
run_forwarding signal_command "$@"
exit "$status"
