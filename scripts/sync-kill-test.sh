#!/usr/bin/env bash
# Kills `hearth sync` at random points (SIGKILL, as a crash or `kill -9` would) and checks each time that
# `hearth doctor` still accepts the journal and that the next sync completes; at the end both laptops hold
# the same files. Linux (setsid, pgrep).
#
# Usage: scripts/sync-kill-test.sh [ROUNDS]   (default 50; HEARTH=path/to/hearth, default .build/debug/hearth)
set -euo pipefail
rounds=${1:-50}
hearth=$(realpath "${HEARTH:-.build/debug/hearth}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work HEARTH_TODAY=2026-11-21 LANG=C.UTF-8
a=$work/zoe b=$work/misaki remote=$work/remote.git
"$hearth" init --dir "$a" --partner Zoë --partner 美咲 >/dev/null
"$hearth" sync --dir "$a" --setup "$remote" --partner Zoë >/dev/null
"$hearth" sync --dir "$b" --setup "$remote" --partner 美咲 >/dev/null

checkin() { # DIR PARTNER WEEK
    "$hearth" checkin --dir "$1" --partner "$2" --week "$3" --replace --emotional $((RANDOM % 5 + 1)) \
        --physical 3 --intellectual 4 --spiritual 2 --experiential $((RANDOM % 5 + 1)) --how "round $i on $2's laptop" >/dev/null
}

landed=0 temporaries=0
for ((i = 1; i <= rounds; i++)); do
    week=$(printf '2026-W%02d' $((i % 45 + 1)))
    # Both laptops change something and 美咲's goes first, so Zoë's sync commits, fetches, merges and pushes.
    checkin "$a" Zoë "$week"
    checkin "$b" 美咲 "$week"
    "$hearth" sync --dir "$b" >/dev/null
    setsid "$hearth" sync --dir "$a" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.3f", r / 32767 * 0.3 }')"
    if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
    wait "$pid" 2>/dev/null || true
    # The git commands it had started run on (or die) in its session: let them end first.
    while pgrep -s "$pid" >/dev/null; do sleep 0.02; done
    # Every journal file reads; the only thing doctor may list is the temporary of a save the kill cut short
    # (as after any interrupted save), which the next sync clears.
    if ! report=$("$hearth" doctor --dir "$a"); then
        if grep -v 'a temporary left by an interrupted save' <<<"$report" | grep -q ': '; then
            echo "round $i: doctor does not accept the journal after the kill:" >&2
            echo "$report" >&2
            exit 1
        fi
        temporaries=$((temporaries + 1))
    fi
    if ! out=$("$hearth" sync --dir "$a" 2>&1); then
        echo "round $i: the sync after the kill failed: $out" >&2
        exit 1
    fi
    if ! report=$("$hearth" doctor --dir "$a"); then
        echo "round $i: doctor lists problems after the next sync:" >&2
        echo "$report" >&2
        exit 1
    fi
done
"$hearth" sync --dir "$b" >/dev/null
files() { (cd "$1" && find . -path ./.git -prune -o -type f ! -name .hearth.lock -print0 | sort -z | xargs -0 sha256sum); }
if ! diff <(files "$a") <(files "$b") >&2; then
    echo "the two laptops differ after the last sync" >&2
    exit 1
fi
echo "sync-kill-test: $rounds rounds, $landed kills landed while sync ran ($temporaries left a save's temporary); every journal file read, the next sync completed and doctor was clean after it every time"
