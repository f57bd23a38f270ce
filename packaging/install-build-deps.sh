#!/usr/bin/env bash
# Installs everything needed to build, run and test WhatsApp Gateway on Debian 12 (the
# browser for the portal tests comes from install-test-deps.sh, called by the test command only).
# Debian packages only. Safe to run again: apt-get skips what is already there.
set -euo pipefail
source "$(dirname "$0")/apt-install-missing.sh"

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6 modules the gateway links, plus the plugins it loads at run time
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  # libraries in their fields: keychain, QR codes, phone numbers, crypto, SQLite backup API
  qtkeychain-qt6-dev libsecret-1-0 libqrencode-dev libphonenumber-dev libsodium-dev
  libsqlite3-dev libssl-dev openssl
  # tests: a real Secret Service inside a throw-away D-Bus session, an X server for the GUI
  dbus dbus-x11 gnome-keyring xvfb xauth procps curl
)

apt_install_missing "${packages[@]}"
