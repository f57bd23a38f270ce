# Sourced by the install scripts: apt_install_missing PACKAGE... installs, from Debian's
# archive, those of the packages that are not installed yet (nothing when all are, so the
# scripts are quick to run again and work offline once everything is there).
apt_install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}
