#!/usr/bin/env bash
# check-layering.sh BUILD_DIR "ALLOWED TARGETS" "FORBIDDEN TARGETS"
# Every allowed probe must build; every forbidden probe must fail because the
# header it includes cannot be found (not for some other reason).
set -uo pipefail
build=$1
read -r -a allowed <<<"$2"
read -r -a forbidden <<<"$3"
status=0
for target in "${allowed[@]}"; do
    if ! out=$(cmake --build "$build" --target "$target" 2>&1); then
        echo "FAIL: $target should build (an allowed include):"
        echo "$out"
        status=1
    else
        echo "ok: $target builds"
    fi
done
for target in "${forbidden[@]}"; do
    if out=$(cmake --build "$build" --target "$target" 2>&1); then
        echo "FAIL: $target built, so a layer reached a header it may not include"
        status=1
    elif ! grep -q "No such file or directory" <<<"$out"; then
        echo "FAIL: $target failed, but not for a missing header:"
        echo "$out"
        status=1
    else
        echo "ok: $target refused ($(grep -o '"[a-z]*/[A-Za-z/]*\.h"' <<<"$out" | head -1) not found)"
    fi
done
exit $status
