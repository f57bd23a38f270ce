#!/usr/bin/env bash
# packaging/build-deb.sh [BUILD_DIR] [OUT_DIR]
#
# Builds the Debian 12 package whatsapp-gateway_<version>_<arch>.deb from the project's own
# build tree, with Debian's own tools (dpkg-deb, dpkg-shlibdeps from dpkg-dev):
#   BUILD_DIR  a CMake build tree (default: build/); configured as Release (warnings are
#              errors) when it is not one yet, otherwise reused as it is
#   OUT_DIR    where the .deb goes (default: BUILD_DIR/deb)
# Prints the path of the package on its last line (the build's output goes to stderr).
# WAG_DEB_MAINTAINER sets the Maintainer field. Installs nothing on this machine.
#
# The package: /usr/bin/whatsapp-gateway; the systemd unit whatsapp-gateway.service (the
# gateway --headless as the system user whatsapp-gateway, data in /var/lib/whatsapp-gateway);
# its options file /etc/default/whatsapp-gateway (a conffile); the .desktop file and the
# icon for the window; copyright, changelog and a man page; the maintainer scripts in
# packaging/debian/.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
packaging_dir="$source_dir/packaging"
build_dir=$(realpath -m "${1:-$source_dir/build}")
out_dir=$(realpath -m "${2:-$build_dir/deb}")
name=whatsapp-gateway

die() { echo "build-deb.sh: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture strip gzip md5sum; do
  command -v "$tool" >/dev/null || die "$tool is missing: run packaging/install-build-deps.sh (build-essential brings dpkg-dev)"
done

# 1. The Release build (reused when the tree exists: ninja only rebuilds what changed).
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DWAG_WARNINGS_AS_ERRORS=ON >&2
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
[ "$build_type" = Release ] || echo "build-deb.sh: warning: $build_dir is a '$build_type' build, not Release" >&2
cmake --build "$build_dir" --target whatsapp-gateway wag-render-icon --parallel "$(nproc)" >&2

# The version the binary reports (the project's CMake version, through version.h).
version=$(sed -n 's/.*kVersion\[\] = "\([^"]*\)".*/\1/p' "$build_dir/server/generated/version.h")
[ -n "$version" ] || die "no version in $build_dir/server/generated/version.h"
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
maintainer=${WAG_DEB_MAINTAINER:-"WhatsApp Gateway maintainers <maintainers@users.noreply.b-seed-967492ff.example>"}
# Reproducible: every date in the package is the last commit's (dpkg-deb clamps the file
# times to SOURCE_DATE_EPOCH too).
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$source_dir" log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# debian/<package>/ is where dpkg-shlibdeps expects the files of the package it names.
root="$work/debian/$name"
umask 022
install -d -m 0755 "$root/DEBIAN" # also how dpkg-shlibdeps finds the package's root

# 2. The files.
install -D -m 0755 "$build_dir/app/whatsapp-gateway" "$root/usr/bin/whatsapp-gateway"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/whatsapp-gateway"
# Debian 12 keeps the units in /lib (the merged /usr makes it the same place).
install -D -m 0644 "$packaging_dir/whatsapp-gateway.service" "$root/lib/systemd/system/whatsapp-gateway.service"
# root only: it may hold the provider key.
install -D -m 0600 "$packaging_dir/whatsapp-gateway.default" "$root/etc/default/whatsapp-gateway"
install -D -m 0644 "$packaging_dir/whatsapp-gateway.desktop" "$root/usr/share/applications/whatsapp-gateway.desktop"
install -d -m 0700 "$work/runtime"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime" \
  "$build_dir/packaging/wag-render-icon" "$root/usr/share/icons/hicolor"
find "$root/usr/share/icons" -type f -exec chmod 0644 {} +
doc="$root/usr/share/doc/$name"
install -D -m 0644 "$packaging_dir/debian/copyright" "$doc/copyright"
# The one deliberate exception to Debian's rules, with its reason (lintian reads it).
install -D -m 0644 "$packaging_dir/debian/lintian-overrides" "$root/usr/share/lintian/overrides/$name"
# A native package (built from the project's own tree, version without a Debian
# revision): its changelog is changelog.gz.
changelog_date=$(date -u -R -d "@$SOURCE_DATE_EPOCH")
{
  printf '%s (%s) bookworm; urgency=medium\n\n' "$name" "$version"
  printf '  * Version %s, built from the project tree; README.md says what works.\n\n' "$version"
  printf ' -- %s  %s\n' "$maintainer" "$changelog_date"
} | gzip -9n >"$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
install -d -m 0755 "$root/usr/share/man/man1"
sed "s/@VERSION@/$version/g" "$packaging_dir/whatsapp-gateway.1" | gzip -9n >"$root/usr/share/man/man1/whatsapp-gateway.1.gz"
chmod 0644 "$root/usr/share/man/man1/whatsapp-gateway.1.gz"

# 3. Depends: the libraries the binary links, named by dpkg-shlibdeps from the Debian
# packages' own shlibs/symbols files, plus what it loads at run time and dpkg-shlibdeps
# cannot see: Qt's SQLite driver plugin (the platform and TLS plugins come with libqt6gui6
# and libqt6network6). adduser for the postinst.
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$work/debian/control"
shlibs=$(cd "$work" && dpkg-shlibdeps -O -e "debian/$name/usr/bin/whatsapp-gateway" \
         | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || die "dpkg-shlibdeps found no dependencies"
depends="$shlibs, libqt6sql6-sqlite, adduser"

# 4. The control area.
for script in postinst prerm postrm; do
  install -m 0755 "$packaging_dir/debian/$script" "$root/DEBIAN/$script"
done
echo /etc/default/whatsapp-gateway >"$root/DEBIAN/conffiles"
chmod 0644 "$root/DEBIAN/conffiles"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
   | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/md5sums"
installed_size=$(du -k -s --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Section: net
Priority: optional
Description: on-premise WhatsApp gateway with a guarded send API
 Staff link a WhatsApp number in a desktop window; the business's CRM, ERP,
 website or n8n send messages through a guarded JSON API. Every send has a
 purpose, passes limits and checks, and is logged. One process, one SQLite
 file, no cloud.
 .
 The package holds the program (the window for office staff, and the
 systemd service whatsapp-gateway that runs it without a window as the
 system user whatsapp-gateway, with its data in /var/lib/whatsapp-gateway).
EOF
chmod 0644 "$root/DEBIAN/control"

# 5. The package: files owned by root, compressed with xz as Debian's own.
mkdir -p "$out_dir"
deb="$out_dir/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
