#!/usr/bin/env bash
# Remakes the fuzz seed corpus (fuzz/corpus) from a one-year demo journal: every file kind Hearth reads,
# plus a draft (a check-in with the two `draft_` keys). Run from the repository root after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
hearth="${HEARTH_BIN:-.build/debug/hearth}"
demo="$(mktemp -d)"
trap 'rm -rf "$demo"' EXIT
rm -rf "$demo/j"
HEARTH_TODAY=2026-11-18 "$hearth" demo --dir "$demo/j" --years 1 --seed 7 >/dev/null
rm -rf fuzz/corpus
mkdir -p fuzz/corpus
for file in "$demo"/j/*.md "$demo"/j/checkins/*/*.md "$demo"/j/moments/*/*.md; do
  [ -f "$file" ] || continue
  name="${file#"$demo"/j/}"
  cp "$file" "fuzz/corpus/${name//\//_}"
done
first="$(ls "$demo"/j/checkins/*/*.md | head -1)"
sed '2a draft_step: 3\ndraft_session: [zoe, misaki]' "$first" > fuzz/corpus/drafts_example.md
echo "fuzz/corpus: $(ls fuzz/corpus | wc -l) files, $(cat fuzz/corpus/* | wc -c) bytes"
