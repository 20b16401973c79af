#!/usr/bin/env bash
# Kills the encryption of a journal, and then its decryption, at random points (SIGKILL, as a crash or
# `kill -9` would), and checks each time that running the conversion again finishes it: after encrypting,
# no journal file is left in plain text, every sealed file decrypts with the real `age` (a file without a
# private reflection to exactly the plain bytes it had; a private reflection with its writer's key alone);
# after decrypting, the journal is byte for byte the plain journal it started as. Linux (setsid); needs age.
#
# Usage: scripts/encrypt-kill-test.sh [ROUNDS]   (default 100, two kills each; HEARTH=path/to/hearth,
# default .build/debug/hearth; DRIVER=path/to/hearth-convert-driver, default .build/debug/hearth-convert-driver)
set -euo pipefail
rounds=${1:-100}
hearth=$(realpath "${HEARTH:-.build/debug/hearth}")
driver=$(realpath "${DRIVER:-.build/debug/hearth-convert-driver}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work HEARTH_TODAY=2026-11-21 LANG=C.UTF-8
plain=$work/plain j=$work/journal
"$hearth" demo --dir "$plain" --weeks 20 >/dev/null
mkdir -m 700 "$plain/keys"
for partner in zoe misaki; do
    age-keygen -o "$work/$partner.key" 2>/dev/null
    age-keygen -y "$work/$partner.key" >"$plain/keys/$partner.pub"
done
keys=("$work/zoe.key" "$work/misaki.key")
cat "${keys[@]}" >"$work/both.key"

# How long one whole run takes, so the kills land anywhere inside one.
cp -a "$plain" "$j"
start=$(date +%s%N)
"$driver" "$j" sealed >/dev/null
window=$(( ($(date +%s%N) - start) / 1000000 ))
rm -rf "$j"

# Starts a conversion to FORM and kills it after a random part of the window; counts the kills that landed.
landed=0
kill_during() { # FORM
    setsid "$driver" "$j" "$1" "${keys[@]}" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(awk -v r=$RANDOM -v w="$window" 'BEGIN { printf "%.3f", r / 32767 * w * 1.1 / 1000 }')"
    if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
    wait "$pid" 2>/dev/null || true
}

finish() { # FORM ROUND
    if ! out=$("$driver" "$j" "$1" "${keys[@]}" 2>&1); then
        echo "round $2: the $1 run after the kill failed: $out" >&2
        exit 1
    fi
}

journal_files() { (cd "$1" && find . -type f ! -name .hearth.lock ! -path './keys/*' ! -path './.hearth/*' | sort); }

for ((round = 1; round <= rounds; round++)); do
    cp -a "$plain" "$j"
    kill_during sealed
    finish sealed "$round"
    # Nothing of the journal in plain text, and no temporary left behind.
    if leftover=$(journal_files "$j" | grep -v -e '\.age$' -e '^\./\.gitignore$' -e '^\./\.stignore$'); then
        echo "round $round: left in plain text after encrypting:" >&2
        echo "$leftover" >&2
        exit 1
    fi
    while read -r file; do
        if ! out=$(age -d -i "$work/both.key" "$j/$file" 2>&1 >"$work/opened"); then
            echo "round $round: age cannot decrypt $file: $out" >&2
            exit 1
        fi
        case $file in
        *.private.md.age)
            # Its writer's key alone opens it.
            writer=${file%.private.md.age}; writer=${writer##*-}
            other=$([ "$writer" = zoe ] && echo misaki || echo zoe)
            if age -d -i "$work/$other.key" "$j/$file" >/dev/null 2>&1; then
                echo "round $round: $other's key opens $writer's private reflection $file" >&2
                exit 1
            fi ;;
        *)
            if [ ! -e "$j/${file%.md.age}.private.md.age" ] && ! cmp -s "$work/opened" "$plain/${file%.age}"; then
                echo "round $round: $file does not decrypt to the plain file it was" >&2
                exit 1
            fi ;;
        esac
    done < <(journal_files "$j" | grep '\.age$')
    kill_during plain
    finish plain "$round"
    if ! diff -r -x .hearth.lock -x .hearth "$plain" "$j" >&2; then
        echo "round $round: the journal after encrypting and decrypting is not the one it started as" >&2
        exit 1
    fi
    rm -rf "$j"
done
echo "encrypt-kill-test: $rounds rounds, $((2 * rounds)) conversions started, $landed killed before they finished (window ${window} ms); every run finished to the same journal"
if ((landed < rounds)); then
    echo "fewer than $rounds kills landed: the window was too short for this machine" >&2
    exit 1
fi
