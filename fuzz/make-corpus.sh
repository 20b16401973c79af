#!/usr/bin/env bash
# Remakes the fuzz seed corpus (fuzz/corpus) from a one-year demo journal: every file kind Hearth reads,
# plus a draft (a check-in with the two `draft_` keys), and seeds for the index decoders (see fuzz/index-seeds.py):
# the demo's index and a few of its entries, and the indexes of a three-week journal as `list` and `search` write
# them (entries without and with prose). Run from the repository root after `swift build`.
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
HEARTH_TODAY=2026-11-18 "$hearth" search walk --dir "$demo/j" >/dev/null
python3 fuzz/index-seeds.py "$demo/j/.hearth/index" fuzz/corpus demo 6
# A small journal: the last three weeks' files.
cp -a "$demo/j" "$demo/small"
rm -rf "$demo/small/.hearth"
find "$demo/small/checkins" "$demo/small/moments" -name '*.md' ! -name '2026-W4[5-7]-*' -delete
HEARTH_TODAY=2026-11-18 "$hearth" list --dir "$demo/small" >/dev/null
python3 fuzz/index-seeds.py "$demo/small/.hearth/index" fuzz/corpus small-list
HEARTH_TODAY=2026-11-18 "$hearth" search walk --dir "$demo/small" >/dev/null
python3 fuzz/index-seeds.py "$demo/small/.hearth/index" fuzz/corpus small-search
echo "fuzz/corpus: $(ls fuzz/corpus | wc -l) files, $(cat fuzz/corpus/* | wc -c) bytes"
