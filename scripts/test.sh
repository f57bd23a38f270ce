#!/usr/bin/env bash
# The test command: installs what is needed, builds, and runs the whole CTest suite inside a
# throw-away D-Bus session with an unlocked gnome-keyring (so the real keychain is tested).
# Exits non-zero when any test fails. Extra arguments go to ctest (e.g. -L unit, -R name).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh

scripts/with-test-keyring.sh \
  ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
