#!/usr/bin/env bash
# Installs what the test command needs beyond the build dependencies, on Debian 12: a real
# Chromium and its WebDriver for the portal's browser tests (integration.portal_browser), and
# Debian's package tools for the package test (integration.debian_package).
# Only scripts/test.sh calls it; building and running the gateway never need a browser.
# Debian packages only. Safe to run again: apt-get skips what is already there.
set -euo pipefail
source "$(dirname "$0")/apt-install-missing.sh"

packages=(
  # headless Chromium driven through chromedriver's W3C WebDriver API
  chromium chromium-driver
  # the package test: dpkg-deb and dpkg-shlibdeps (build-essential brings them too),
  # lintian to check the package against Debian's policy, desktop-file-validate
  dpkg-dev lintian desktop-file-utils
)

apt_install_missing "${packages[@]}"
