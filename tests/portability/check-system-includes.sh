#!/usr/bin/env bash
# check-system-includes.sh SOURCE_DIR
# Common Ground runs on Linux, Windows and macOS: a POSIX, Linux or Windows
# header may be included only by the files that wrap the system for the rest
# of the program (system-wrappers.txt). Any other include of one fails.
set -uo pipefail
root=$1
here=$(cd "$(dirname "$0")" && pwd)
system='(unistd|fcntl|termios|pwd|grp|dirent|dlfcn|poll|pthread|spawn|syslog|sched|semaphore|strings|libgen|glob|fnmatch|wordexp|netdb|ifaddrs|malloc|execinfo|utmp|sys/[a-z_/]+|linux/[a-z_/]+|netinet/[a-z_]+|arpa/[a-z_]+|net/[a-z_]+|windows|winbase|winsock2|ws2tcpip|aclapi|sddl|shlobj|io|direct|process|conio)\.h'
mapfile -t allowed < <(grep -v '^#' "$here/system-wrappers.txt" | grep -v '^$')
cd "$root" || exit 1
status=0
checked=0
while IFS= read -r file; do
    checked=$((checked + 1))
    hits=$(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<$system>" "$file") || continue
    ok=0
    for wrapper in "${allowed[@]}"; do
        # shellcheck disable=SC2053 # the list holds glob patterns
        [[ $file == $wrapper ]] && ok=1
    done
    if [[ $ok == 0 ]]; then
        while IFS= read -r hit; do
            echo "FAIL: $file:$hit: a system header outside the files that wrap the system"
        done <<<"$hits"
        status=1
    fi
done < <(find models ui app tests -name '*.cpp' -o -name '*.h' | grep -v '^tests/fixtures/' | sort)
if [[ $status == 0 ]]; then
    echo "ok: $checked sources; system headers only in: ${allowed[*]}"
fi
exit $status
