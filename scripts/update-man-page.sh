#!/usr/bin/env bash
# Regenerates docs/hearth.1 from the commands themselves, with swift-argument-parser's generate-manual
# plugin (a debug build is enough and reuses the one `swift build` made). Run it after adding or
# changing a command or an option; CommandLineTests.manPageIsCurrent fails until it is run.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package plugin generate-manual --configuration debug
cp .build/plugins/GenerateManual/outputs/hearth/hearth.1 docs/hearth.1
echo "docs/hearth.1 updated; view it with: man -l docs/hearth.1"
