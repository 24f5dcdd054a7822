#!/usr/bin/env bash
# Short benchmark mode for CI (well under 2 minutes): builds the benchmarks and runs every case
# once, in-process, pinned to CPU 0. It proves the benchmarks still build and run on packets
# generated from the fixed seed; its timings are rough. Exit code non-zero when any case fails.
# Extra arguments go to BenchmarkDotNet (e.g. --filter '*EndToEnd*').
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/NoteCheck.Benchmarks -c Release -v quiet -nologo >/dev/null
pin=(); command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(--filter '*')
exec "${pin[@]}" dotnet benchmarks/NoteCheck.Benchmarks/bin/Release/net10.0/NoteCheck.Benchmarks.dll \
  --short --artifacts "${TMPDIR:-/tmp}/notecheck-bench-artifacts/short" "${args[@]}"
