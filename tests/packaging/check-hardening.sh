#!/usr/bin/env bash
# Checks that release builds of the programs are hardened: position
# independent (PIE), full RELRO (a GNU_RELRO segment and BIND_NOW) and built
# with the stack protector.
#
#   bash check-hardening.sh PROGRAM...
set -euo pipefail

status=0
fail() {
    echo "$1: $2" >&2
    status=1
}

for program in "$@"; do
    header=$(readelf -hW "$program")
    dynamic=$(readelf -dW "$program")
    segments=$(readelf -lW "$program")
    symbols=$(readelf -sW --dyn-syms "$program")
    grep -Eq '^\s*Type:\s+DYN' <<<"$header" || fail "$program" "not position independent (ELF type is not DYN)"
    grep -Eq '\(FLAGS_1\).*\bPIE\b' <<<"$dynamic" || fail "$program" "not linked as PIE (no PIE in FLAGS_1)"
    grep -q 'GNU_RELRO' <<<"$segments" || fail "$program" "no GNU_RELRO segment (not linked with -z relro)"
    grep -Eq '\(BIND_NOW\)|\(FLAGS\).*\bBIND_NOW\b|\(FLAGS_1\).*\bNOW\b' <<<"$dynamic" ||
        fail "$program" "symbols are bound lazily (not linked with -z now)"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$program" "no stack protector (-fstack-protector-strong)"
    [ $status -eq 0 ] && echo "$program: PIE, full RELRO, BIND_NOW, stack protector"
done
exit $status
