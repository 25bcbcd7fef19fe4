#!/usr/bin/env bash
# check-windows-sources.sh CXX SOURCE_DIR "SYSTEM INCLUDE DIRS" "PROJECT INCLUDE DIRS" FILES...
# No Windows machine builds here, so the Windows side of every wrapper, and
# the sources that call the wrappers, are compiled for Windows by the MinGW
# cross-compiler without linking (-fsyntax-only, warnings as errors): a
# Windows call misspelt or a POSIX call left outside a wrapper fails here.
set -uo pipefail
cxx=$1
root=$2
read -r -a system <<<"$3"
read -r -a project <<<"$4"
shift 4
includes=()
for dir in "${system[@]}"; do includes+=(-isystem "$dir"); done
for dir in "${project[@]}"; do includes+=(-I "$dir"); done
status=0
for file in "$@"; do
    if out=$("$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Werror -DQT_NO_CAST_FROM_ASCII \
        "${includes[@]}" "$root/$file" 2>&1); then
        echo "ok: $file compiles for Windows"
    else
        echo "FAIL: $file does not compile for Windows:"
        echo "$out" | head -20
        status=1
    fi
done
exit $status
