#!/usr/bin/env bash
# Builds the store's fuzz target (libFuzzer, `swiftc -sanitize=fuzzer` with AddressSanitizer) and runs it
# over the seed corpus made from the demo journal.
#
#   scripts/fuzz-store.sh [SECONDS] [extra libFuzzer flags...]    # default 60 seconds
#
# New inputs found go to .build-fuzz/corpus (the committed seeds in fuzz/corpus stay as they are); a crash
# is written to .build-fuzz/crash-* and the script exits non-zero. Reproduce one with
#   .build-fuzz/store-fuzzer .build-fuzz/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

out=.build-fuzz
mkdir -p "$out/corpus"
flags=(-O -g -sanitize=fuzzer,address -enable-testing -parse-as-library -swift-version 6)

sources() { find "$1" -name '*.swift' | sort; }
# Rebuilt only when a source is newer than the target.
if [ ! -x "$out/store-fuzzer" ] || [ -n "$(find Sources/HearthDomain Sources/HearthStore Sources/HearthSeal fuzz -name '*.swift' -newer "$out/store-fuzzer" | head -1)" ]; then
  echo "fuzz: building $out/store-fuzzer"
  # The store seals files with HearthSeal over swift-crypto. Those come uninstrumented from SwiftPM's own
  # debug build (the fuzzer aims at the decoders, which are ours): its modules, and the objects it links
  # into `hearth` for them.
  sealed=.build/debug
  [ -f "$sealed/hearth.product/Objects.LinkFileList" ] || swift build --product hearth
  grep -E '/(HearthSeal|Crypto|CryptoExtras|_CryptoExtras|CryptoBoringWrapper|CCryptoBoringSSL|CCryptoBoringSSLShims|CXKCP|CXKCPShims|SwiftASN1)\.build/' \
    "$sealed/hearth.product/Objects.LinkFileList" >"$out/sealing-objects"
  swiftc "${flags[@]}" -module-name HearthDomain -wmo -emit-module -emit-module-path "$out/HearthDomain.swiftmodule" \
    -c $(sources Sources/HearthDomain) -o "$out/HearthDomain.o"
  swiftc "${flags[@]}" -module-name HearthStore -wmo -I "$out" -I CThreads -I CLease -I "$sealed/Modules" -emit-module \
    -emit-module-path "$out/HearthStore.swiftmodule" -c $(sources Sources/HearthStore) -o "$out/HearthStore.o"
  swiftc "${flags[@]}" -module-name StoreFuzzer -I "$out" -I CThreads -I CLease -I "$sealed/Modules" fuzz/StoreFuzzer.swift fuzz/IndexFuzzing.swift \
    "$out/HearthStore.o" "$out/HearthDomain.o" @"$out/sealing-objects" -o "$out/store-fuzzer"
fi

# Inputs are capped at 64 KB: deep nesting and many keys show up well below that, and more would slow each run.
exec "$out/store-fuzzer" "$out/corpus" fuzz/corpus -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/" -print_final_stats=1 "$@"
