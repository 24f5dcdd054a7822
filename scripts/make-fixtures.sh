#!/usr/bin/env bash
# Regenerates the fixture PDFs of tests/NoteCheck.Ingestion.Tests/Fixtures from the HTML in
# scripts/fixtures: printed by Debian's headless Chromium (embedded TrueType subset fonts,
# tables), the way a web EHR prints; plus two encrypted copies made with qpdf.
# The generated PDFs are committed, so the tests need neither Chromium nor qpdf.
# Needs (as root): apt-get install -y chromium fonts-urw-base35 qpdf
set -euo pipefail
cd "$(dirname "$0")/.."
src=scripts/fixtures
out=tests/NoteCheck.Ingestion.Tests/Fixtures
mkdir -p "$out"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium fonts-urw-base35)" >&2; exit 1; }
command -v qpdf >/dev/null || { echo "qpdf is not installed (apt-get install -y qpdf)" >&2; exit 1; }

print() { # html pdf [extra chromium flags]
  local html=$1 pdf=$2; shift 2
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage \
    --user-data-dir="$(mktemp -d)" "$@" --print-to-pdf="$pdf" "file://$PWD/$html" >/dev/null 2>&1
  [ -s "$pdf" ] || { echo "chromium did not print $html" >&2; exit 1; }
}

print "$src/ehr-visit.html" "$out/chromium-ehr-visit.pdf" --no-pdf-header-footer
print "$src/two-column.html" "$out/chromium-two-column.pdf" --no-pdf-header-footer
# With Chromium's own header (date, title) and footer (file URL, "n/m") on every page: furniture.
print "$src/multipage.html" "$out/chromium-multipage-header-footer.pdf"

# Encrypted copies: one needs a user password (cannot be opened), one has an empty user password.
qpdf --encrypt secret owner-secret 256 -- "$out/chromium-ehr-visit.pdf" "$out/encrypted-user-password.pdf"
qpdf --encrypt "" owner-secret 128 --use-aes=y -- "$out/chromium-ehr-visit.pdf" "$out/encrypted-empty-user-password.pdf"
ls -l "$out"
