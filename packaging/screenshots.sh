#!/usr/bin/env bash
# Takes the screenshots the AppStream metainfo shows: the built desktop
# program on its demo database (synthetic cases only), on a virtual X
# display (Xvfb) of a 1366x768 laptop, signed in as the demo supervisor.
#
#   bash packaging/screenshots.sh [--review] [BUILD_DIR [OUT_DIR]]
#
# BUILD_DIR defaults to build/ci, OUT_DIR to packaging/screenshots.
# --review takes, instead of the shipped three, every screen and every page
# of a case in three looks (the desktop's, View > High Contrast, and 200%
# scaling on a 2732x1536 display), for a person to look at for clipped text
# and signals lost; OUT_DIR then defaults to build/review-screenshots. Needs
# xvfb, xdotool, x11-utils and imagemagick (packaging/debian-packages.txt), and a window
# manager (openbox) so the shots show the window as a desk does, with its
# title bar; CG_WINDOW_MANAGER names another, or "none". The demo
# database and the program's settings go to a throwaway home folder, so
# your own are not touched, and every run starts from a fresh demo database
# (its dates are counted from today).
set -euo pipefail

review=false
if [ "${1:-}" = --review ]; then
    review=true
    shift
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
build=$(cd "${1:-$top/build/ci}" && pwd)
if $review; then out=${2:-$top/build/review-screenshots}; else out=${2:-$here/screenshots}; fi
program=$build/app/gui/commonground
[ -x "$program" ] || { echo "no program at $program: build first" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

say() { printf '==> %s\n' "$*"; }

# A display of its own (Xvfb picks a free number and writes it to fd 3) with
# a window manager; WIDTHxHEIGHT as given.
start_display() {
    Xvfb -displayfd 3 -screen 0 "$1"x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
    pids+=($!)
    for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
    [ -s "$scratch/display" ] || { cat "$scratch/xvfb.log" >&2; exit 1; }
    DISPLAY=":$(cat "$scratch/display")"
    export DISPLAY
    say "Xvfb $1 on $DISPLAY"
    manager=${CG_WINDOW_MANAGER:-openbox}
    if [ "$manager" != none ] && command -v "$manager" >/dev/null; then
        "$manager" >"$scratch/manager.log" 2>&1 &
        pids+=($!)
        sleep 1
        say "window manager: $manager"
    fi
}

# English, a fixed look, and nothing of the user's own.
# The home folder is the throwaway one, named "~" and entered: the status bar
# then shows the demo database as ~/.local/share/..., not a temporary path.
mkdir -p "$scratch/home/~" "$scratch/runtime" && chmod 700 "$scratch/runtime"
cd "$scratch/home"
export HOME="~" XDG_RUNTIME_DIR=$scratch/runtime
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME
# British English dates and wording (Qt reads LANG itself; C.UTF-8 is the only
# character set every machine has).
unset LC_ALL LC_MESSAGES LC_TIME LC_NUMERIC
export LANG=en_GB.UTF-8 LC_CTYPE=C.UTF-8 QT_QPA_PLATFORM=xcb
unset QT_SCALE_FACTOR QT_STYLE_OVERRIDE

# Waits for a window whose title matches, and prints its id.
window() {
    timeout "${2:-120}" xdotool search --sync --onlyvisible --name "$1" | head -1
}
shot() {
    sleep "${2:-1.5}" # let the screen finish painting
    import -window root "$out/$1.png"
    say "saved $out/$1.png"
}
keys() { xdotool key --clearmodifiers --delay 100 "$@"; }

# Starts the program on the demo database with the given options, signs in
# as the demo supervisor and gives the main window the keyboard.
start_program() {
    say "Starting the program on the demo database (made on first use: this takes a while)"
    "$program" --demo "$@" >"$scratch/program.log" 2>&1 &
    program_pid=$!
    pids+=($program_pid)
    dialog=$(window '^Sign In to Common Ground$' 300) || { cat "$scratch/program.log" >&2; exit 1; }
    say "Signing in as the demo supervisor"
    # Give the dialog the keyboard ourselves (a window manager may not). The username
    # field has the focus; the demo fills both fields in, typed over here.
    xdotool windowfocus --sync "$dialog"
    keys ctrl+a
    xdotool type --delay 30 'grace.ibekwe'
    keys Tab ctrl+a
    xdotool type --delay 30 'commonground'
    keys Return
    timeout 30 bash -c "while xdotool search --onlyvisible --name '^Sign In to Common Ground\$' >/dev/null; do sleep 0.3; done"
    main=$(window 'commonground-demo\.sqlite$') # titled by its database
    xdotool windowfocus --sync "$main"
    # Where the window's inside starts (below a title bar when there is one).
    # (xwininfo, not xdotool: xdotool counts the title bar twice.)
    X=$(xwininfo -id "$main" | awk '/Absolute upper-left X/ {print $4}')
    Y=$(xwininfo -id "$main" | awk '/Absolute upper-left Y/ {print $4}')
}
stop_program() {
    keys ctrl+q
    timeout 30 bash -c "while kill -0 $program_pid 2>/dev/null; do sleep 0.3; done" || kill "$program_pid"
}
click() { xdotool mousemove --sync $(($1 + X)) $(($2 + Y)) click "${@:3}" 1; }

if $review; then
    # The screens (Ctrl+1 ... Ctrl+6), then a case of the list (a double
    # click on a row, placed at SCALE times where it is at 100%) and each
    # page of it.
    review_look() {
        local look=$1 scale=$2
        shift 2
        start_program "$@"
        sleep 3 # the window manager maximises the window on a small screen
        local n
        for n in 1 2 3 4 5 6; do
            keys "ctrl+$n"
            shot "$look-screen$n" 2
        done
        keys ctrl+2
        sleep 1
        click $((600 * scale)) $((200 * scale)) --repeat 2 --delay 120
        # Each page of the case by its number: Alt+1 ... Alt+6.
        local page
        for page in 1 2 3 4 5 6; do
            keys "alt+$page"
            shot "$look-case$page" 2
        done
        stop_program
    }
    start_display 1366x768
    review_look plain 1
    review_look contrast 1 --high-contrast
    kill "${pids[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    pids=()
    rm -f "$scratch/display"
    start_display 2732x1536
    QT_SCALE_FACTOR=2 review_look scaled 2
    ls "$out"
    exit 0
fi

start_display 1366x768
start_program

keys ctrl+1
shot dashboard 3

# A case of the list, opened on the Cases screen (a double click on its row
# where the list shows it at 1366x768).
keys ctrl+2
sleep 2
click "${CASE_ROW_X:-600}" "${CASE_ROW_Y:-200}" --repeat 2 --delay 120
shot case 3

# The Reports screen's charts for this calendar year (the period list and
# the Charts tab where they are at 1366x768; the list opens on "Last month",
# five places above "This calendar year").
keys ctrl+6
sleep 2
click 345 43
sleep 1
keys Down Down Down Down Down Return
sleep 1
click 1189 43
sleep 2
click 285 108
shot reports 4

# Smaller files (lossless): the screenshots are shipped in the package.
for png in "$out"/dashboard.png "$out"/case.png "$out"/reports.png; do
    mogrify -strip -define png:compression-level=9 "$png"
done
ls -l "$out"
