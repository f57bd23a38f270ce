#!/usr/bin/env bash
# The test command: installs what is needed (build dependencies, and Chromium with its
# WebDriver for the portal's browser tests), builds, and runs the whole CTest suite inside a
# throw-away D-Bus session with an unlocked gnome-keyring (so the real keychain is tested).
# Exits non-zero when any test fails. Extra arguments go to ctest (e.g. -L unit, -R name).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh

# The portal's browser tests drive a real headless Chromium: only the test command needs it.
if [ "$(id -u)" -eq 0 ]; then
  packaging/install-test-deps.sh
else
  sudo packaging/install-test-deps.sh
fi

scripts/with-test-keyring.sh \
  ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
