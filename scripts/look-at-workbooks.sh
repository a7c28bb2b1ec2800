#!/usr/bin/env bash
# Writes a template and an imported ESFA sample with the CLI, converts both to PDF with LibreOffice (headless) and the
# PDFs' first pages to PNG, for a person to look at (headers readable, font, widths, print layout). Not run in CI.
# Usage: scripts/look-at-workbooks.sh [out-dir]   (default: /tmp/ilr-look)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-/tmp/ilr-look}"
mkdir -p "$OUT"

if ! command -v soffice >/dev/null 2>&1; then
  echo "installing LibreOffice Calc (headless)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc >/dev/null
fi
if ! fc-list | grep -qi carlito; then
  # Carlito: metrically the same as Calibri (the workbooks' font), so widths look as they will in Excel
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-crosextra-carlito >/dev/null || true
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi

npm run build:cli --silent
node bin/ilr.js template --year 2526 -o "$OUT/template.xlsx" --force
node bin/ilr.js import test/fixtures/xml/ILR-99999999-2526-20250108-094401.xml -o "$OUT/esfa-sample.xlsx" --force

for book in template esfa-sample; do
  # LibreOffice prints every visible sheet with each sheet's own page setup (landscape, fit to width, header row repeated)
  soffice --headless --calc --convert-to pdf --outdir "$OUT" "$OUT/$book.xlsx" >/dev/null 2>&1
  pdftoppm -png -r 70 -f 1 -l 6 "$OUT/$book.pdf" "$OUT/$book"
  # a screen-like view of the workbook (the active sheet) as LibreOffice renders it
  soffice --headless --calc --convert-to png --outdir "$OUT" "$OUT/$book.xlsx" >/dev/null 2>&1 || true
done
ls -1 "$OUT"
