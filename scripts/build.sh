#!/usr/bin/env bash
# Installs the build dependencies (Debian packages) and builds WhatsApp Gateway in build/
# (CMake + Ninja, Release, -O2, warnings are errors). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then
  packaging/install-build-deps.sh
else
  sudo packaging/install-build-deps.sh
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DWAG_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build --parallel "$(nproc)"
