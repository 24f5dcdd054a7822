#!/usr/bin/env bash
# Full benchmark run (about 8 minutes on the 2-core dev machine): every stage on the 1-, 17- and
# 200-page packets, each case in its own process pinned to CPU 0, then the peak-memory check of
# the 200-page packet in a fresh process. Results (markdown tables) land in
# $TMPDIR/notecheck-bench-artifacts/full/results; copy the figures into benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/NoteCheck.Benchmarks -c Release -v quiet -nologo >/dev/null
dll=benchmarks/NoteCheck.Benchmarks/bin/Release/net10.0/NoteCheck.Benchmarks.dll
pin=(); command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)
dotnet "$dll" generate
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(--filter '*')
"${pin[@]}" dotnet "$dll" --artifacts "${TMPDIR:-/tmp}/notecheck-bench-artifacts/full" "${args[@]}"
"${pin[@]}" dotnet "$dll" peak 200
