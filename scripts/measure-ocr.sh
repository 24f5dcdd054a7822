#!/usr/bin/env bash
# Measures the OCR on generated fax-like pages: word error rate and seconds per page at 200 vs
# 300 dpi (and tesseract page segmentation modes). Needs tesseract-ocr, tesseract-ocr-eng and
# poppler-utils. Prints a Markdown table (also written to ${1:-ocr-measurement.md}).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-ocr-measurement.md}")"
export OMP_THREAD_LIMIT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NOTECHECK_MEASURE_OCR="$out"
dotnet test tests/NoteCheck.Ocr.Tests -c Release --nologo -v quiet \
  --filter "FullyQualifiedName~NoteCheck.Ocr.Tests.OcrMeasurement" >&2
cat "$out"
