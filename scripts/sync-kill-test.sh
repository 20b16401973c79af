#!/usr/bin/env bash
# Kills `hearth sync` at random points (SIGKILL, as a crash or `kill -9` would) and checks each time that
# `hearth doctor` still accepts the journal and that the next sync completes; at the end both laptops hold
# the same files. Linux (setsid, pgrep).
#
# Usage: scripts/sync-kill-test.sh [ROUNDS]   (default 50; HEARTH=path/to/hearth, default .build/debug/hearth)
# ENCRYPTED=1: the journal is encrypted (`init --encrypt`, each laptop unlocked with its partner's passphrase
# file), and both laptops also edit one ritual each round (different fields), so every sync killed is one
# that merges a sealed file in memory.
set -euo pipefail
rounds=${1:-50}
hearth=$(realpath "${HEARTH:-.build/debug/hearth}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work HEARTH_TODAY=2026-11-21 LANG=C.UTF-8
a=$work/zoe b=$work/misaki remote=$work/remote.git
keys_a=() keys_b=()
# Kills land at a random moment up to this many seconds into the sync: a little past the longest sync, so
# every step (the last ones too) gets killed in some round and some rounds finish.
window=0.3
if [[ ${ENCRYPTED:-0} == 1 ]]; then
    window=0.6
    export HEARTH_TESTING_SCRYPT_WORK_FACTOR=10
    printf 'a passphrase for Zoë\n' >"$work/zoe.pass"
    printf 'a passphrase for 美咲\n' >"$work/misaki.pass"
    keys_a=(--passphrase-file "Zoë=$work/zoe.pass") keys_b=(--passphrase-file "美咲=$work/misaki.pass")
    "$hearth" init --dir "$a" --encrypt --partner Zoë --partner 美咲 "${keys_a[@]}" "${keys_b[@]}" >/dev/null 2>&1
else
    "$hearth" init --dir "$a" --partner Zoë --partner 美咲 >/dev/null
fi
"$hearth" sync --dir "$a" --setup "$remote" --partner Zoë "${keys_a[@]}" >/dev/null
"$hearth" sync --dir "$b" --setup "$remote" --partner 美咲 >/dev/null
# `hearth ARGS` on Zoë's laptop (a) or 美咲's (b), unlocked as that laptop's partner when encrypted.
on_a() { "$hearth" "$@" --dir "$a" "${keys_a[@]}"; }
on_b() { "$hearth" "$@" --dir "$b" "${keys_b[@]}"; }

checkin() { # on_a|on_b PARTNER WEEK
    "$1" checkin --partner "$2" --week "$3" --replace --emotional $((RANDOM % 5 + 1)) \
        --physical 3 --intellectual 4 --spiritual 2 --experiential $((RANDOM % 5 + 1)) --how "round $i on $2's laptop" >/dev/null
}

landed=0 temporaries=0
for ((i = 1; i <= rounds; i++)); do
    week=$(printf '2026-W%02d' $((i % 45 + 1)))
    # Both laptops change something and 美咲's goes first, so Zoë's sync commits, fetches, merges and pushes.
    checkin on_a Zoë "$week"
    checkin on_b 美咲 "$week"
    if [[ ${ENCRYPTED:-0} == 1 ]]; then
        on_a ritual edit weekly-check-in --weekly "$(shuf -n 1 -e monday tuesday wednesday thursday friday)" >/dev/null
        on_b ritual edit weekly-check-in --name "Weekly check-in $i" >/dev/null
    fi
    on_b sync >/dev/null
    setsid "$hearth" sync --dir "$a" "${keys_a[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v r=$RANDOM -v w=$window 'BEGIN { printf "%.3f", r / 32767 * w }')"
    if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
    wait "$pid" 2>/dev/null || true
    # The git commands it had started run on (or die) in its session: let them end first.
    while pgrep -s "$pid" >/dev/null; do sleep 0.02; done
    # Every journal file reads; the only thing doctor may list is the temporary of a save the kill cut short
    # (as after any interrupted save), which the next sync clears.
    if ! report=$(on_a doctor); then
        if grep -v 'a temporary left by an interrupted save' <<<"$report" | grep -q ': '; then
            echo "round $i: doctor does not accept the journal after the kill:" >&2
            echo "$report" >&2
            exit 1
        fi
        temporaries=$((temporaries + 1))
    fi
    if ! out=$(on_a sync 2>&1); then
        echo "round $i: the sync after the kill failed: $out" >&2
        exit 1
    fi
    if ! report=$(on_a doctor); then
        echo "round $i: doctor lists problems after the next sync:" >&2
        echo "$report" >&2
        exit 1
    fi
done
on_b sync >/dev/null
files() { (cd "$1" && find . \( -path ./.git -o -path ./.hearth \) -prune -o -type f ! -name .hearth.lock -print0 | sort -z | xargs -0 sha256sum); }
if ! diff <(files "$a") <(files "$b") >&2; then
    echo "the two laptops differ after the last sync" >&2
    exit 1
fi
label=""
if [[ ${ENCRYPTED:-0} == 1 ]]; then label=" (encrypted)"; fi
echo "sync-kill-test: $rounds rounds$label, $landed kills landed while sync ran ($temporaries left a save's temporary); every journal file read, the next sync completed and doctor was clean after it every time"
