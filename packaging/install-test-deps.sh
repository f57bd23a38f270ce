#!/usr/bin/env bash
# Installs what the test command needs beyond the build dependencies, on Debian 12: a real
# Chromium and its WebDriver for the portal's browser tests (integration.portal_browser).
# Only scripts/test.sh calls it; building and running the gateway never need a browser.
# Debian packages only. Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  # headless Chromium driven through chromedriver's W3C WebDriver API
  chromium chromium-driver
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
