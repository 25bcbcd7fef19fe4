#!/usr/bin/env bash
# Installs what Common Ground needs on Debian bookworm, builds it, and then
# either starts the program or runs every test.
#
#   bash packaging/build.sh run [PROGRAM ARGS...]   build and start the desktop program
#   bash packaging/build.sh test                    build with warnings as errors and run every test,
#                                                   then again under ASan and UBSan, then fuzz
#   bash packaging/build.sh fuzz [SECONDS]          build the libFuzzer harnesses and run each
#                                                   (60 seconds each unless given)
#
# Run as root, or as a user who may sudo, on a fresh machine.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
mode=${1:-}
[ $# -gt 0 ] && shift

say() { printf '==> %s  [%s]\n' "$*" "$(date +%T)"; }

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$here/debian-packages.txt" | grep -v '^\s*$')
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "Debian packages: all ${#wanted[@]} present"
        return
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    say "Installing ${#missing[@]} Debian packages"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    say "Configuring ($preset)"
    cmake --preset "$preset" -S "$top" >/dev/null
    say "Building ($preset)"
    cmake --build --preset "$preset" -j "$(nproc)"
}

# Every C++ file is as clang-format (the style in .clang-format) would write it.
check_format() {
    say "Checking the format of every C++ file"
    local list=(git ls-files -z '*.cpp' '*.h')
    # Outside a git checkout (a source tarball), every C++ file but the build trees.
    git -C "$top" rev-parse --git-dir >/dev/null 2>&1 ||
        list=(find . -path ./build -prune -o \( -name '*.cpp' -o -name '*.h' \) -print0)
    (cd "$top" && "${list[@]}" | xargs -0 clang-format --dry-run -Werror) ||
        { echo "Format the files above with clang-format -i." >&2; exit 1; }
}

# Each libFuzzer harness of tests/fuzz for a bounded time, from its seed
# corpus in the repository (read only: new inputs go to a scratch folder).
# A crash stops the run, and its input is kept under build/fuzz/crashes/ to
# be replayed and made a regression test.
fuzz() {
    local seconds=$1 harness scratch
    say "Configuring (fuzz)"
    cmake --preset fuzz -S "$top" >/dev/null
    say "Building the fuzz harnesses"
    cmake --build --preset fuzz -j "$(nproc)" --target fuzz_contactcsv fuzz_bankholidays fuzz_meetingcalendar
    mkdir -p "$top/build/fuzz/crashes"
    for harness in contactcsv bankholidays meetingcalendar; do
        say "Fuzzing $harness for ${seconds}s"
        scratch=$(mktemp -d)
        "$top/build/fuzz/tests/fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$top/build/fuzz/crashes/$harness-" \
            "$scratch" "$top/tests/fuzz/corpus/$harness"
        rm -rf "$scratch"
    done
}

case "$mode" in
run)
    install_packages
    build dev
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: start this from a desktop session (or under xvfb-run for a virtual one)." >&2
        exit 1
    fi
    say "Starting Common Ground"
    exec "$top/build/dev/app/gui/commonground" "$@"
    ;;
test)
    install_packages
    check_format
    build ci
    cluster=$(mktemp -d /tmp/commonground-pg.XXXXXX)
    trap 'bash "$here/pg-test-cluster.sh" stop "$cluster" || true; rm -rf "$cluster"' EXIT
    bash "$here/pg-test-cluster.sh" start "$cluster"
    export CG_TEST_PG="host=$cluster port=54329 user=postgres"
    export CG_TEST_PG_REQUIRED=1
    say "Running every test (SQLite and PostgreSQL)"
    ctest --preset ci --test-dir "$top/build/ci"
    # The same tests built with AddressSanitizer and UndefinedBehaviorSanitizer
    # (the asan presets set ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS, and
    # leave out the packaging checks, which are about release builds).
    build asan
    say "Running the tests under ASan and UBSan (SQLite and PostgreSQL)"
    ctest --preset asan --test-dir "$top/build/asan"
    fuzz 60
    ;;
fuzz)
    install_packages
    fuzz "${1:-60}"
    ;;
*)
    echo "usage: bash packaging/build.sh run [ARGS...] | test | fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
