#!/usr/bin/env bash
# Runs every test of NoteCheck. Installs the Debian packages the tests need first (as root),
# then builds the solution and runs each test project; ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/type1/urw-base35 ] || need+=(fonts-urw-base35)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}") >/dev/null 2>&1 \
      || echo "warning: could not install ${need[*]}" >&2
  else
    echo "warning: not root; missing ${need[*]}" >&2
  fi
fi
export OMP_THREAD_LIMIT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build NoteCheck.sln -c Release -v quiet -nologo || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; status=0
results=$(mktemp -d)
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    failed=$((failed + 1))
  fi
done
# Benchmarks in short mode, so they never rot (counted as one check).
if bash benchmarks/run-short.sh >"$results/bench-short.log" 2>&1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "benchmarks short mode failed:" >&2; tail -20 "$results/bench-short.log" >&2
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
