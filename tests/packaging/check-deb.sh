#!/usr/bin/env bash
# Builds the .deb with cpack and checks that it installs what a desktop needs.
set -euo pipefail
build=$1
appid=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
status=0
for path in ./usr/bin/commonground ./usr/bin/commonground-cli \
            "./usr/share/applications/$appid.desktop" \
            "./usr/share/metainfo/$appid.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$appid.svg" \
            ./usr/share/doc/commonground/copyright ./usr/share/doc/commonground/changelog.gz \
            ./usr/share/man/man1/commonground.1.gz ./usr/share/man/man1/commonground-cli.1.gz; do
    if grep -q " $path\$" <<<"$contents"; then
        echo "ok: $path"
    else
        echo "missing from $(basename "$deb"): $path"
        status=1
    fi
done
# Every screenshot the metainfo names is in the package, under the name its URL ends with.
metainfo=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/share/metainfo/$appid.metainfo.xml")
grep -q '<image>' <<<"$metainfo" || { echo "the metainfo names no screenshot"; status=1; }
while read -r shot; do
    if grep -q " ./usr/share/commonground/screenshots/$shot\$" <<<"$contents"; then
        echo "ok: screenshot $shot"
    else
        echo "missing from $(basename "$deb"): the screenshot $shot the metainfo names"
        status=1
    fi
done < <(grep -o '<image>[^<]*</image>' <<<"$metainfo" | sed 's#.*/\([^/<]*\)</image>#\1#')
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q libqt6sql6-sqlite <<<"$depends" || { echo "Depends lacks libqt6sql6-sqlite"; status=1; }
grep -q fonts-noto-core <<<"$depends" || { echo "Depends lacks fonts-noto-core (letters)"; status=1; }
grep -q libqt6charts6 <<<"$depends" || { echo "Depends lacks libqt6charts6 (the Reports screen's charts)"; status=1; }
exit $status
