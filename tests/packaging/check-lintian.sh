#!/usr/bin/env bash
# Builds the .deb with cpack and runs lintian on it: any error or warning
# fails (informational tags are shown, not counted). Also checks that the
# changelog's and the AppStream metainfo's latest release are the package's
# version, so a new version cannot ship with either one behind.
#
#   bash check-lintian.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1
appid=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
status=0

# (As root, lintian says running so "is not recommended": CI builds as root,
# and lintian only reads the file.)
echo "lintian $(basename "$deb")"
if ! lintian --display-info --fail-on error,warning "$deb"; then
    echo "lintian reports errors or warnings (above)"
    status=1
fi

version=$(dpkg-deb -f "$deb" Version)
mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
changelog=$out/root/usr/share/doc/commonground/changelog.gz
if [ -f "$changelog" ]; then
    latest=$(zcat "$changelog" | dpkg-parsechangelog -l - -S Version)
    [ "$latest" = "$version" ] || { echo "changelog's latest entry is $latest, the package is $version"; status=1; }
fi
metainfo=$out/root/usr/share/metainfo/$appid.metainfo.xml
released=$(grep -o '<release [^>]*version="[^"]*"' "$metainfo" | head -1 | sed 's/.*version="\([^"]*\)"/\1/')
[ "$released" = "$version" ] || { echo "metainfo's latest release is '$released', the package is $version"; status=1; }
[ $status -eq 0 ] && echo "ok: lintian clean; changelog and metainfo at $version"
exit $status
