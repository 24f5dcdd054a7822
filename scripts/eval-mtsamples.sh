#!/usr/bin/env bash
# Note-level precision / recall / F1 per finding type on the 97 real MTSamples spine notes.
# Joins corpora/mtsamples/labels.jsonl (note ids + labels, committed) with the note text in
# ../shared/data/mtsamples-spine-dev.csv (not committed) at run time; each note is read as a
# one-document text packet. Extra arguments go to `notecheck eval` (e.g. --errors).
set -euo pipefail
cd "$(dirname "$0")/.."
CSV="${MTSAMPLES_CSV:-../shared/data/mtsamples-spine-dev.csv}"
if [[ ! -f "$CSV" ]]; then echo "eval-mtsamples: $CSV not found (set MTSAMPLES_CSV)" >&2; exit 1; fi
dotnet build src/NoteCheck.Cli -c Release -v q -nologo >/dev/null
dotnet src/NoteCheck.Cli/bin/Release/net10.0/notecheck.dll eval --corpus corpora/mtsamples/labels.jsonl --csv "$CSV" "$@"
