#!/usr/bin/env bash
# The index's differential check (issue 15): random seeded sequences of changes to a journal (saves by hearth,
# hand edits of the same size with the mtime put back, files arriving with old mtimes, deletions, renames and
# swaps, a file replaced by another inode with the same mtime, mtimes set backwards, files under .hearth/ cut,
# corrupted or put back as an older copy), each step followed by every reading command run twice: normally
# (index used, written, rebuilt) and with HEARTH_NO_INDEX=1 (every file read, no index). Stdout, stderr and
# exit status must be byte-identical. The first difference stops the run and prints the seed, sequence and step
# that reproduce it, and the journal is kept for a look.
#
#   scripts/index-differential.sh                          # 3 sequences of 4 steps (CI's short run)
#   scripts/index-differential.sh --sequences 500 --steps 8 --binary .build/release/hearth   # the long run
#   scripts/index-differential.sh --seed 1234 --sequences 1   # replay one sequence (its seed is printed)
#   scripts/index-differential.sh --sealed                 # the same on an encrypted journal (--identity)
#   scripts/index-differential.sh --verbose                # each change and each command's exit and sizes
#   scripts/index-differential.sh --keep                   # keep the work folder (journals, keys) and name it
#   scripts/index-differential.sh --self-test              # proves it can fail: a stale cache of `list` must be caught
#
# Sequence K uses seed SEED+K; each starts from a fresh copy of a small demo journal, with no index.
# Before the index exists both runs read every file: the check then only proves itself (same output twice).
set -euo pipefail
cd "$(dirname "$0")/.."
umask 077  # files made here look like Hearth's own (doctor names group- or world-readable ones)

self_test=0 keep=0 sequences=3 steps=4 seed=1 weeks=12 sealed=0 verbose=0 binary=.build/debug/hearth
while [ $# -gt 0 ]; do
  case "$1" in
    --sequences) sequences=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --weeks) weeks=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --sealed) sealed=1; shift ;;
    --verbose) verbose=1; shift ;;
    --keep) keep=1; shift ;;
    --self-test) self_test=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "index-differential: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
[ -x "$binary" ] || { echo "index-differential: no hearth at $binary (swift build --product hearth)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/hearth-index-differential-XXXXXX")
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
if [ "$self_test" = 1 ]; then
  # A deliberately wrong index in front of the real binary: `list`'s output kept in .hearth/ and trusted forever.
  cat >"$work/stale-hearth" <<STALE
#!/usr/bin/env bash
dir=; previous=; for a in "\$@"; do [ "\$previous" = --dir ] && dir=\$a; previous=\$a; done
if [ "\$1" = list ] && [ \$# = 3 ] && [ -z "\${HEARTH_NO_INDEX:-}" ] && [ -n "\$dir" ]; then
  if [ -f "\$dir/.hearth/list" ]; then cat "\$dir/.hearth/list"; exit 0; fi
  mkdir -p "\$dir/.hearth"; "$binary" "\$@" | tee "\$dir/.hearth/list"; exit "\${PIPESTATUS[0]}"
fi
exec "$binary" "\$@"
STALE
  chmod +x "$work/stale-hearth"
  if "$PWD/scripts/index-differential.sh" --binary "$work/stale-hearth" --sequences 1 --steps 12 --seed "$seed" >"$work/self-test.log" 2>&1; then
    cat "$work/self-test.log"; echo "index-differential: self-test FAILED: a stale cache of list went unnoticed"; exit 1
  fi
  kept=$(sed -n 's|^  journal kept at \(/.*\)/j; steps so far:$|\1|p' "$work/self-test.log")
  case "$kept" in "${TMPDIR:-/tmp}"/hearth-index-differential-*) rm -rf "$kept" ;; esac
  grep -q '^index-differential: DIFFERENCE' "$work/self-test.log" || { cat "$work/self-test.log"; exit 1; }
  echo "index-differential: self-test passed, a stale cache of list was caught at $(grep -m1 -o 'step [0-9]*, after: .*' "$work/self-test.log")"
  exit 0
fi
export HEARTH_TODAY=2026-11-21 LANG=C.UTF-8 TZ=UTC COLUMNS=100
unset HEARTH_DIR HEARTH_IDENTITY HEARTH_NO_INDEX HEARTH_CRASH_AT
PARTNERS=(zoe misaki)
LANGUAGES=(words service gifts time touch)
RITUALS=(weekly-check-in sunday-walk phones-away-dinner morning-stretch)
WORDS=(walk talk park cafe tea rain walked sunset quiet)

# RCP: age's -r options for a sealed file of journal $1: its writer alone for a private reflection, else everyone.
recipients() {
  local p name
  RCP=(); name=$(basename "$2")
  case "$name" in
    *.private.md.age) p=${name%.private.md.age}; RCP=(-r "$(grep -h '^age1' "$1/keys/${p##*-}.pub")") ;;
    *) for p in "${PARTNERS[@]}"; do RCP+=(-r "$(grep -h '^age1' "$1/keys/$p.pub")"); done ;;
  esac
}

R=0
rand() { R=$((RANDOM % $1)); }  # never $(rand): a subshell would not advance this shell's RANDOM
choose() { local -n list=$1; rand ${#list[@]}; C=${list[$R]}; }
journal_files() { # FILES: the journal's own files (no keys, no settings, nothing under .hearth), sorted
  mapfile -t FILES < <(cd "$J" && find . -type f \( -name '*.md' -o -name '*.md.age' \) ! -path './keys/*' \
    ! -path './.hearth/*' ! -path './drafts/*' | sed 's|^\./||' | LC_ALL=C sort)
}
pick_file() { journal_files; [ ${#FILES[@]} -gt 0 ] || return 1; choose FILES; F=$C; }
week_of() { W=$(basename "$1" | grep -o '^[0-9]*-W[0-9]*' || true); }
random_week() { rand 20; W=$(date -u -d "2026-11-21 - $((R * 7)) days" +%G-W%V); }
ratings() { local t; RATINGS=(); for t in emotional physical intellectual spiritual experiential; do
  rand 6; RATINGS+=("--$t" "$([ $R = 0 ] && echo skip || echo $R)"); done; }
sentence() { choose WORDS; local a=$C; choose WORDS; S="We $a and $C, step $step of seed $s"; }

# Plain bytes of a journal file into $work/plain, and back (sealed to the same recipients) keeping the inode.
open_file() {
  if [ "$sealed" = 1 ]; then
    age -d -i "$work/zoe.key" -o "$work/plain" "$J/$1" 2>/dev/null || age -d -i "$work/misaki.key" -o "$work/plain" "$J/$1"
  else cp "$J/$1" "$work/plain"; fi
}
close_file() {
  if [ "$sealed" = 1 ]; then
    recipients "$J" "$1"
    age -e "${RCP[@]}" -o "$work/sealed" "$work/plain"
    cat "$work/sealed" >"$J/$1"   # same inode; an age file's size follows its plain size
  else cat "$work/plain" >"$J/$1"; fi
}
# Overwrite one byte of $work/plain: a rating digit, else a letter of a word from WORDS, else any letter.
poke_plain() {
  local hits offset old new digit=1
  mapfile -t hits < <(grep -abo ': [1-5]$' "$work/plain" | cut -d: -f1)
  rand 2
  if [ $R = 0 ] || [ ${#hits[@]} = 0 ]; then
    mapfile -t hits < <(grep -abo '[a-z]' "$work/plain" | cut -d: -f1); offset=0 digit=0
  else offset=2; fi
  if [ ${#hits[@]} = 0 ]; then return 0; fi
  choose hits; offset=$((C + offset))
  old=$(od -An -tu1 -j "$offset" -N1 "$work/plain" | tr -d ' ')
  rand 4
  if [ $digit = 1 ]; then new=$(( (old - 49 + 1 + R) % 5 + 49 ))  # another digit 1-5
  else rand 25; new=$(( (old - 97 + 1 + R) % 26 + 97 )); fi  # another lowercase letter
  printf "\\$(printf %o "$new")" | dd of="$work/plain" bs=1 seek="$offset" conv=notrunc 2>/dev/null
}

# One random change to the journal $J; DID says what it was (printed on a difference).
change() {
  local kind target
  rand 100
  if   [ $R -lt 14 ]; then kind=checkin
  elif [ $R -lt 22 ]; then kind=moment
  elif [ $R -lt 30 ]; then kind=ritual
  elif [ $R -lt 44 ]; then kind=hand-edit
  elif [ $R -lt 52 ]; then kind=old-mtime
  elif [ $R -lt 58 ]; then kind=delete
  elif [ $R -lt 66 ]; then kind=rename
  elif [ $R -lt 74 ]; then kind=new-inode
  elif [ $R -lt 82 ]; then kind=mtime-back
  else kind=index; fi
  case $kind in
    checkin)
      choose PARTNERS; target=$C; random_week; ratings; sentence
      DID="hearth checkin --partner $target --week $W --replace ${RATINGS[*]} --how '$S'"
      "$binary" checkin --dir "$J" --partner "$target" --week "$W" --replace "${RATINGS[@]}" --how "$S" >/dev/null 2>&1 || DID+=" (refused by hearth)" ;;
    moment)
      rand 2; local from=${PARTNERS[$R]} to=${PARTNERS[$((1 - R))]}; choose LANGUAGES; target=$C; sentence; rand 120
      local day; day=$(date -u -d "2026-11-21 - $R days" +%F)
      DID="hearth moment add --from $from --to $to --language $target '$S' --date $day"
      "$binary" moment add --dir "$J" --from "$from" --to "$to" --language "$target" "$S" --date "$day" >/dev/null 2>&1 || DID+=" (refused by hearth)" ;;
    ritual)
      choose RITUALS; target=$C; random_week; choose PARTNERS; local who=$C; rand 5
      case $R in
        0|1) rand 2; local status; status=$([ $R = 0 ] && echo kept || echo skipped)
             DID="hearth ritual mark $target $status --week $W --partner $who"
             "$binary" ritual mark --dir "$J" "$target" "$status" --week "$W" --partner "$who" >/dev/null 2>&1 || DID+=" (refused by hearth)" ;;
        2) sentence; DID="hearth ritual add 'Ritual $step-$n' --weekly sun --feeds emotional"
           "$binary" ritual add --dir "$J" "Ritual $step-$n" --weekly sun --feeds emotional >/dev/null 2>&1 || DID+=" (refused by hearth)" ;;
        3) DID="hearth ritual edit $target --pause"; "$binary" ritual edit --dir "$J" "$target" --pause >/dev/null 2>&1 || DID+=" (refused by hearth)" ;;
        4) DID="hearth ritual retire $target"; "$binary" ritual retire --dir "$J" "$target" >/dev/null 2>&1 || DID+=" (refused by hearth)" ;;
      esac ;;
    hand-edit) # same size, same inode; the mtime put back exactly (ns) or to the same second
      pick_file || return 0
      touch -r "$J/$F" "$work/stamp"; open_file "$F"; poke_plain; close_file "$F"; rand 2
      if [ $R = 0 ]; then touch -r "$work/stamp" "$J/$F"; DID="hand edit of $F, same size, mtime put back to the ns"
      else touch -d "@$(stat -c %Y "$work/stamp")" "$J/$F"; DID="hand edit of $F, same size, mtime put back to the same second"; fi ;;
    old-mtime) # a file arriving by sync: the donor's version (new or replacing ours), with an old mtime
      local donor; mapfile -t donor < <(cd "$work/donor" && find . -type f \( -name '*.md' -o -name '*.md.age' \) ! -path './keys/*' | sed 's|^\./||' | LC_ALL=C sort)
      choose donor; target=$C; rand 3
      local when; when=$([ $R = 0 ] && echo "2001-02-03 04:05:06" || date -u -d "@$(( $(date +%s) - 86400 * (R + 1) ))" '+%F %T')
      mkdir -p "$(dirname "$J/$target")"; cp "$work/donor/$target" "$J/$target"; touch -d "$when" "$J/$target"
      DID="$target arrived from the donor journal with mtime $when" ;;
    delete)
      pick_file || return 0; rm "$J/$F"; DID="rm $F" ;;
    rename)
      pick_file || return 0; rand 3
      case $R in
        0) local other; other=$F; pick_file; [ "$F" != "$other" ] || return 0
           mv "$J/$F" "$work/swap"; mv "$J/$other" "$J/$F"; mv "$work/swap" "$J/$other"; DID="swapped $F and $other (mv)" ;;
        1) random_week; week_of "$F"; [ -n "$W" ] || return 0; local to; random_week
           to=$(dirname "$F")/$(basename "$F" | sed "s/^[0-9]*-W[0-9]*/$W/")
           # The week drawn can be the file's own: then there is nothing to rename (mv would refuse).
           [ "$to" != "$F" ] || return 0
           mv "$J/$F" "$J/$to"; DID="mv $F $to" ;;
        2) mv "$J/$F" "$J/$F.bak"; DID="mv $F $F.bak" ;;
      esac ;;
    new-inode) # another inode with the same mtime (cp + touch -r + mv): the donor's version of the file, else a
      # sibling's bytes
      pick_file || return 0; local from
      if [ -f "$work/donor/$F" ]; then from=$work/donor/$F; else
        from=$F; pick_file; from=$J/$from; fi
      cp "$from" "$work/copy"; touch -r "$J/$F" "$work/copy"; mv "$work/copy" "$J/$F"
      DID="$F replaced by a copy of ${from#"$work"/} (new inode) with its old mtime" ;;
    mtime-back) # changed, then its mtime set back an hour or a year (a clock gone backwards)
      pick_file || return 0; open_file "$F"; poke_plain; rand 2; printf '\nLater note %s.\n' "$step" >>"$work/plain"
      local back; back=$([ $R = 0 ] && echo 3600 || echo 31536000)
      local was; was=$(stat -c %Y "$J/$F"); close_file "$F"; touch -d "@$((was - back))" "$J/$F"
      DID="$F changed and its mtime set back $back s" ;;
    index) # files under .hearth/ cut, corrupted, emptied, removed, swapped for garbage, or for an older copy of themselves
      if [ ! -d "$J/.hearth" ]; then DID="no .hearth/ to damage"; return 0; fi
      local index; mapfile -t index < <(find "$J/.hearth" -type f | LC_ALL=C sort)
      if [ ${#index[@]} = 0 ]; then DID="no file under .hearth/"; return 0; fi
      choose index; target=$C; local size; size=$(stat -c %s "$target"); rand 6
      case $R in
        0) rand $((size + 1)); truncate -s "$R" "$target"; DID="${target#"$J"/} cut to $R of $size bytes" ;;
        1) [ "$size" -gt 0 ] || return 0; rand "$size"; local at=$R; rand 256
           printf "\\$(printf %o "$R")" | dd of="$target" bs=1 seek="$at" conv=notrunc 2>/dev/null
           DID="${target#"$J"/}: byte $at of $size set to $R" ;;
        2) : >"$target"; DID="${target#"$J"/} emptied" ;;
        3) rm "$target"; DID="rm ${target#"$J"/}" ;;
        4) head -c "$((size > 0 ? size : 64))" /dev/urandom >"$target"; DID="${target#"$J"/} replaced by random bytes" ;;
        5) # a whole, valid file of another version of the index (a sealed prose file beside another head)
           local kept; kept="$work/kept-$(basename "$target")"
           if [ -f "$kept" ]; then cp "$kept" "$target"; DID="${target#"$J"/} put back as an older copy"
           else cp "$target" "$kept"; DID="${target#"$J"/} kept for a later step"; fi ;;
      esac ;;
  esac
}

# Every reading command, each normally and with HEARTH_NO_INDEX=1; the first difference ends the run.
readers() {
  local w=$1
  COMMANDS=("list" "list --json" "list --partner misaki" "show $w" "show $w --private --json" "show this"
            "search walk" "search talk --private --json" "search $2" "trends" "trends --json --weeks 30"
            "trends --type emotional" "ritual list" "ritual list --json" "moment list" "moment list --json"
            "profile" "export --format json --private" "doctor")
}
check() {
  local command i
  for command in "${COMMANDS[@]}"; do
    # shellcheck disable=SC2086
    for i in 1 2; do
      if [ $i = 1 ]; then "$binary" $command --dir "$J" >"$work/out1" 2>"$work/err1" </dev/null && rc1=0 || rc1=$?
      else HEARTH_NO_INDEX=1 "$binary" $command --dir "$J" >"$work/out2" 2>"$work/err2" </dev/null && rc2=0 || rc2=$?; fi
    done
    runs=$((runs + 2))
    if [ $verbose = 1 ]; then echo "   exit $rc1, $(wc -c <"$work/out1") bytes out, $(wc -c <"$work/err1") bytes err: hearth $command"; fi
    if [ $rc1 != $rc2 ] || ! cmp -s "$work/out1" "$work/out2" || ! cmp -s "$work/err1" "$work/err2"; then
      keep=1
      echo "index-differential: DIFFERENCE in sequence $n (seed $s), step $step, after: $DID"
      echo "  command: hearth $command --dir $J   (exit $rc1 with the index, $rc2 with HEARTH_NO_INDEX=1)"
      echo "  replay:  $0 --seed $s --sequences 1 --steps $steps --weeks $weeks$([ "$sealed" = 1 ] && echo ' --sealed') --binary $binary"
      echo "  journal kept at $J; steps so far:"; printf '    %s\n' "${LOG[@]}"
      if ! cmp -s "$work/out1" "$work/out2"; then echo "  stdout (--- with the index, +++ without):"
        diff -u "$work/out1" "$work/out2" | head -40 | sed 's/^/    /' || true; fi
      if ! cmp -s "$work/err1" "$work/err2"; then echo "  stderr (--- with the index, +++ without):"
        diff -u "$work/err1" "$work/err2" | head -40 | sed 's/^/    /' || true; fi
      exit 1
    fi
  done
}

# The base journal and a donor (another seed, the same partners) whose files arrive "by sync".
"$binary" demo --dir "$work/base" --weeks "$weeks" --seed 7 >/dev/null
"$binary" demo --dir "$work/donor" --weeks "$weeks" --seed 8 >/dev/null
if [ "$sealed" = 1 ]; then
  for p in "${PARTNERS[@]}"; do printf 'differential %s\n' "$p" >"$work/$p.pass"; done
  for j in base donor; do
    HEARTH_TESTING_SCRYPT_WORK_FACTOR=10 "$binary" encrypt --dir "$work/$j" \
      --passphrase-file "zoe=$work/zoe.pass" --passphrase-file "misaki=$work/misaki.pass" >/dev/null 2>&1
  done
  for p in "${PARTNERS[@]}"; do
    HEARTH_TESTING_SCRYPT_WORK_FACTOR=10 "$binary" key export --partner "$p" --dir "$work/base" \
      --passphrase-file "$p=$work/$p.pass" >"$work/$p.key" 2>/dev/null
  done
  # The donor's files must open with the base journal's keys: the same keys, its files sealed with the real age.
  rm -rf "$work/donor"
  "$binary" demo --dir "$work/donor" --weeks "$weeks" --seed 8 >/dev/null
  rm -rf "$work/donor/keys" && cp -r "$work/base/keys" "$work/donor/keys"
  mapfile -t plain_files < <(cd "$work/donor" && find . -name '*.md' ! -path './keys/*' | sed 's|^\./||')
  for f in "${plain_files[@]}"; do
    recipients "$work/base" "$f.age"; age -e "${RCP[@]}" -o "$work/donor/$f.age" "$work/donor/$f"; rm "$work/donor/$f"
  done
  export HEARTH_IDENTITY="$work/zoe.key"
fi

started=$(date +%s) runs=0
for ((n = 0; n < sequences; n++)); do
  s=$((seed + n)); RANDOM=$s
  J=$work/j; rm -rf "$J" "$work"/kept-*; cp -a "$work/base" "$J"; LOG=()
  for ((step = 0; step <= steps; step++)); do
    if [ $step = 0 ]; then DID="nothing yet (a fresh copy, no index)"; else change; fi
    LOG+=("$step: $DID")
    if [ $verbose = 1 ]; then echo "seed $s step $step: $DID"; fi
    journal_files; W=2026-W47; [ ${#FILES[@]} = 0 ] || { choose FILES; week_of "$C"; W=${W:-2026-W47}; }
    choose WORDS; readers "$W" "$C"; check
  done
done
if [ "$keep" = 1 ]; then echo "index-differential: work folder kept: $work"; fi
echo "index-differential: $sequences sequences of $steps steps (seeds $seed-$((seed + sequences - 1)))," \
  "$runs reading commands, all identical with and without the index ($(( $(date +%s) - started )) s)"
