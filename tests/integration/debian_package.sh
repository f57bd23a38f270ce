#!/usr/bin/env bash
# integration.debian_package BUILD_DIR: builds the Debian package from this build tree with
# packaging/build-deb.sh and checks it without installing it: control fields, file list,
# the systemd unit (systemd-analyze verify), the .desktop file (desktop-file-validate), the
# maintainer scripts, Depends against what the binary really links and loads, lintian
# (errors fail, warnings and notes are listed), and that the extracted binary prints its
# version, serves GET / headless with the unit's keychain setting and stops on SIGTERM.
# Installs nothing, and runs no maintainer script: they would change this machine.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(realpath "${1:?usage: debian_package.sh BUILD_DIR}")
work=$(mktemp -d)
gateway_pid=
cleanup() {
  if [ -n "$gateway_pid" ]; then kill -KILL "$gateway_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

version=$(sed -n 's/^project(whatsapp-gateway VERSION \([0-9][0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
arch=$(dpkg --print-architecture)
[ -n "$version" ] || { echo "FAIL: no project version in CMakeLists.txt"; exit 1; }

# --- build -------------------------------------------------------------------------
deb=$("$source_dir/packaging/build-deb.sh" "$build_dir" "$work/out" | tail -n 1)
check "package file is whatsapp-gateway_${version}_${arch}.deb" \
  test "$deb" = "$work/out/whatsapp-gateway_${version}_${arch}.deb" -a -f "$deb"

# --- control fields ------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
check "Package: whatsapp-gateway" test "$(field Package)" = whatsapp-gateway
check "Version: $version (the project version)" test "$(field Version)" = "$version"
check "Architecture: $arch" test "$(field Architecture)" = "$arch"
check "Maintainer and Description present" test -n "$(field Maintainer)" -a -n "$(field Description)"
depends=$(field Depends)
echo "Depends: $depends"
# The Depends entries as bare package names, one a line (alternatives split too).
depends_names=$(tr ',|' '\n' <<<"$depends" | sed 's/(.*)//; s/^ *//; s/ *$//' | grep -v '^$')
has_depend() { grep -qx "$1" <<<"$depends_names"; }
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
               libqt6httpserver6 libqt6websockets6 libqt6sql6-sqlite libqt6keychain1 \
               libqrencode4 libsodium23 libsqlite3-0 adduser; do
  check "Depends on $package" has_depend "$package"
done
# Debian 12 names libphonenumber's package after the protobuf it was built with.
check "Depends on libphonenumber8*" grep -q '^libphonenumber8' <<<"$depends_names"

# Every library the binary links directly comes from a package in Depends, and so do the
# Qt plugins the gateway loads: the SQLite driver, the window's platform plugins, the TLS
# backend.
dpkg-deb --extract "$deb" "$work/root"
binary="$work/root/usr/bin/whatsapp-gateway"
owner_of() { { dpkg -S "$1" 2>/dev/null || true; } | head -n 1 | cut -d: -f1; }
# The package itself or a name it Provides (Debian 12's libphonenumber8 provides the
# libphonenumber8-protobuf32 that its shlibs file names).
depends_on_package() {
  local name
  for name in "$1" $(dpkg-query -W -f='${Provides}' "$1" 2>/dev/null | tr ',' '\n' | sed 's/(.*)//'); do
    has_depend "$name" && return 0
  done
  return 1
}
while read -r library; do
  # "libfoo.so.1 => /path (0x…)", or "/path/ld-linux….so.2 (0x…)" for the loader
  path=$(ldd "$binary" | awk -v l="$library" '$1 == l { print $3 } $1 ~ "/" l "$" { print $1 }' | head -n 1)
  package=$(owner_of "$path")
  [ -n "$package" ] || package=$(owner_of "$(realpath -m "$path")")
  [ -n "$package" ] || package=$(owner_of "${path#/usr}") # merged /usr: dpkg knows /lib
  check "linked $library ($package) is in Depends" depends_on_package "$package"
done < <(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }')
check "ldd finds every library" bash -c "! ldd '$binary' | grep -q 'not found'"
for plugin in sqldrivers/libqsqlite.so platforms/libqxcb.so platforms/libqoffscreen.so \
              tls/libqopensslbackend.so; do
  package=$(owner_of "$plugin")
  check "plugin $plugin ($package) is in Depends" has_depend "$package"
done

# --- files -------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb")
has_file() { grep -qE " \./$1( |$)" <<<"$contents"; }
for file in usr/bin/whatsapp-gateway lib/systemd/system/whatsapp-gateway.service \
            usr/share/applications/whatsapp-gateway.desktop \
            usr/share/icons/hicolor/48x48/apps/whatsapp-gateway.png \
            usr/share/icons/hicolor/256x256/apps/whatsapp-gateway.png \
            usr/share/doc/whatsapp-gateway/copyright usr/share/doc/whatsapp-gateway/changelog.gz \
            usr/share/man/man1/whatsapp-gateway.1.gz etc/default/whatsapp-gateway; do
  check "contains /$file" has_file "$file"
done
check "every file belongs to root:root" bash -c "! awk '\$2 != \"root/root\"' <<<\"\$0\" | grep -q ." "$contents"
check "/usr/bin/whatsapp-gateway is rwxr-xr-x" grep -qE '^-rwxr-xr-x .* \./usr/bin/whatsapp-gateway$' <<<"$contents"
# The PNG signature, then the IHDR chunk's width and height (4 bytes each, big-endian).
png_head=$(od -An -tx1 -N24 "$work/root/usr/share/icons/hicolor/256x256/apps/whatsapp-gateway.png" | tr -d ' \n')
check "the icon is a 256x256 PNG" test "$png_head" = 89504e470d0a1a0a0000000d494844520000010000000100

# --- the systemd unit and the desktop file ---------------------------------------------------
unit="$work/root/lib/systemd/system/whatsapp-gateway.service"
for line in 'User=whatsapp-gateway' 'Group=whatsapp-gateway' 'StateDirectory=whatsapp-gateway' \
            'ExecStart=/usr/bin/whatsapp-gateway --headless --data-dir /var/lib/whatsapp-gateway' \
            'Environment=WAG_KEYCHAIN=off' 'NoNewPrivileges=yes' 'ProtectSystem=strict' \
            'ProtectHome=yes' 'PrivateTmp=yes' 'WantedBy=multi-user.target'; do
  check "unit: $line" grep -qxF "$line" "$unit"
done
if command -v systemd-analyze >/dev/null; then
  # systemd-analyze verify parses every key (an unknown or misspelled one is a line of
  # output, not an error status): the unit, with ExecStart pointing at the extracted binary.
  mkdir -p "$work/unit"
  sed "s#/usr/bin/whatsapp-gateway#$work/root/usr/bin/whatsapp-gateway#" "$unit" \
    >"$work/unit/whatsapp-gateway.service"
  systemd-analyze verify --man=no "$work/unit/whatsapp-gateway.service" >"$work/verify.log" 2>&1 || true
  sed 's/^/  systemd-analyze: /' "$work/verify.log"
  check "systemd-analyze verify finds nothing to say about the unit" test ! -s "$work/verify.log"
fi
desktop="$work/root/usr/share/applications/whatsapp-gateway.desktop"
for line in 'Exec=whatsapp-gateway' 'Icon=whatsapp-gateway' 'Type=Application'; do
  check "desktop file: $line" grep -qxF "$line" "$desktop"
done
if command -v desktop-file-validate >/dev/null; then
  # It prints errors, warnings and hints; any of them is worth fixing.
  desktop-file-validate "$desktop" >"$work/desktop.log" 2>&1 || true
  sed 's/^/  desktop-file-validate: /' "$work/desktop.log"
  check "desktop-file-validate finds nothing to say" test ! -s "$work/desktop.log"
fi

# --- maintainer scripts ----------------------------------------------------------------
dpkg-deb --control "$deb" "$work/control"
for script in postinst prerm postrm; do
  check "$script is executable" test -x "$work/control/$script"
  check "$script passes sh -n" sh -n "$work/control/$script"
done
check "conffiles lists /etc/default/whatsapp-gateway" grep -qx /etc/default/whatsapp-gateway "$work/control/conffiles"
check "postinst creates the user only when missing" bash -c \
  "grep -q 'getent passwd \"\$USER_NAME\"' '$work/control/postinst' && grep -q 'adduser --system' '$work/control/postinst'"
check "postinst starts the service only where systemd runs" grep -q '\[ -d /run/systemd/system \]' "$work/control/postinst"
# The window on the same PC needs the port: installing must not enable the service.
check "postinst does not enable the service" bash -c "! grep -q 'deb-systemd-helper enable' '$work/control/postinst'"
check "postrm deletes the data only on purge" bash -c \
  "awk '/\"\\\$1\" = purge/,/^fi/' '$work/control/postrm' | grep -q 'rm -rf \"\$DATA_DIR\"' \
   && [ \$(grep -c 'rm -rf' '$work/control/postrm') = 1 ]"
# Not run: even a dry run would touch this machine's users and systemd state.

# --- lintian ---------------------------------------------------------------------------
if command -v lintian >/dev/null; then
  lintian_rc=0
  lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1 || lintian_rc=$?
  sed 's/^/  lintian: /' "$work/lintian.log"
  check "lintian reports no errors" test "$lintian_rc" = 0
else
  echo "SKIP: lintian is not installed (packaging/install-test-deps.sh installs it)"
fi

# --- the extracted binary runs -----------------------------------------------------------
check "--version prints whatsapp-gateway $version" \
  test "$("$binary" --version)" = "whatsapp-gateway $version"

# Headless on a free loopback port, with a new data dir and the unit's environment:
# no display, no D-Bus session, the keychain off.
data_dir="$work/data"
port=
for _ in 1 2 3 4 5; do
  port=$(( (RANDOM % 20000) + 30000 ))
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u QT_QPA_PLATFORM \
      WAG_KEYCHAIN=off "$binary" --headless --data-dir "$data_dir" --listen "127.0.0.1:$port" \
      >"$work/gateway.out" 2>"$work/gateway.err" &
  gateway_pid=$!
  body=
  for _ in $(seq 1 100); do
    body=$(curl -s -f "http://127.0.0.1:$port/" 2>/dev/null) && break
    kill -0 "$gateway_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$body" ]; then break; fi
  wait "$gateway_pid" 2>/dev/null || true
  gateway_pid=
  grep -q -i 'in use' "$work/gateway.err" || break # only a taken port is worth a retry
done
if [ -n "$gateway_pid" ] && [ -n "$body" ]; then
  echo "GET / -> $body"
  check "GET / answers 200 with status ok" grep -q '"status": *"ok"' <<<"$body"
  check "GET / reports version $version" grep -q "\"version\": *\"$version\"" <<<"$body"
  kill -TERM "$gateway_pid"
  status=0
  wait "$gateway_pid" || status=$?
  gateway_pid=
  check "SIGTERM stops it with exit status 0 (was $status)" test "$status" = 0
  check "the data key is a 0600 file in the data dir (keychain off)" \
    test "$(stat -c %a "$data_dir/data.key" 2>/dev/null)" = 600
else
  fail "headless start on 127.0.0.1:$port"
  sed 's/^/  gateway: /' "$work/gateway.out" "$work/gateway.err"
fi

echo "$failures check(s) failed"
[ "$failures" = 0 ]
