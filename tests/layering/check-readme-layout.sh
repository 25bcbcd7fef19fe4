#!/usr/bin/env bash
# check-readme-layout.sh SOURCE_DIR
# The README's "Layout" table names the folders that make the architecture.
# Every folder it names must exist, and every folder of the layers (models/,
# models/store/, ui/, app/ and the top level) must be named, so that the
# table cannot drift from the tree.
set -uo pipefail
root=$1
section=$(awk '/^## Layout$/ {on = 1; next} /^## / {on = 0} on' "$root/README.md")
if [[ -z $section ]]; then
    echo "FAIL: README.md has no \"## Layout\" section"
    exit 1
fi
named=$(grep -o '^| `[a-z/]*/` |' <<<"$section" | sed 's/^| `\(.*\)` |$/\1/' | sort -u)
status=0
for folder in $named; do
    if [[ ! -d $root/$folder ]]; then
        echo "FAIL: README.md names $folder, which does not exist"
        status=1
    fi
done
cd "$root" || exit 1
actual=$( (
    for top in */; do echo "$top"; done
    for layer in models ui app models/store; do
        for sub in "$layer"/*/; do echo "$sub"; done
    done
) | grep -v '^build/$' | sort -u)
for folder in $actual; do
    if ! grep -qx "$folder" <<<"$named"; then
        echo "FAIL: $folder is not in the README's Layout table"
        status=1
    fi
done
[[ $status == 0 ]] && echo "ok: the Layout table names $(wc -l <<<"$named") folders, all present"
exit $status
