#!/usr/bin/env bash
# Renders the example reports in headless Chromium, as people see them: screenshots at 1280 and 390 CSS px
# (docs/screenshots/*-1280.png, *-390.png, and the README's docs/report-example.png), A4 PDFs
# (docs/screenshots/*.pdf), and an axe-core accessibility check of each page at both widths, which fails the
# script on any violation.
#
# Needs Chromium (Debian: apt-get install chromium) and, for the accessibility check, node and npm (axe-core is
# installed into a temporary folder). Run from anywhere; it regenerates the reports first.
#   scripts/report-screenshots.sh            # everything
#   scripts/report-screenshots.sh --no-axe   # pictures only
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "Chromium not found; install it (Debian: apt-get install chromium)" >&2
  exit 1
fi
axe=yes
[ "${1:-}" = "--no-axe" ] && axe=no
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chrome() {
  # A fresh profile each time; no network, no updates, no first-run screens.
  local profile
  profile=$(mktemp -d -p "$work")
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --disable-quic --user-data-dir="$profile" --hide-scrollbars "$@" 2>/dev/null
}

# The three example reports (assessment, progress, cohort), written by the WriteReports example.
./mvnw -B -q -pl examples -am compile exec:java -Dexec.mainClass=org.patientleadership.examples.WriteReports \
  -Dexec.args="$work/reports" >/dev/null
mkdir -p docs/screenshots
for name in report-example progress-example cohort-example; do
  page="file://$work/reports/$name.html"
  chrome --window-size=1280,1800 --screenshot="$root/docs/screenshots/$name-1280.png" "$page"
  chrome --window-size=390,2400 --force-device-scale-factor=1 --screenshot="$root/docs/screenshots/$name-390.png" \
    "$page"
  chrome --no-pdf-header-footer --print-to-pdf="$root/docs/screenshots/$name.pdf" "$page"
  echo "Rendered $name: docs/screenshots/$name-1280.png, -390.png, .pdf"
done
chrome --window-size=900,1500 --screenshot="$root/docs/report-example.png" "file://$work/reports/report-example.html"

if [ "$axe" = yes ]; then
  npm install --silent --no-audit --no-fund --prefix "$work/axe" axe-core >/dev/null
  cp "$work/axe/node_modules/axe-core/axe.min.js" "$work/reports/"
  failed=0
  for name in report-example progress-example cohort-example; do
    # A copy of the page that runs axe-core once loaded and writes the violations into the page.
    sed 's#</body>#<script src="axe.min.js"></script><script>axe.run(document).then(function(r){var p=document.createElement("pre");p.id="axe-result";p.textContent="AXE "+JSON.stringify(r.violations.map(function(v){return {id:v.id,impact:v.impact,help:v.help,nodes:v.nodes.map(function(n){return n.target.join(" ")})}}))+" PASSES "+r.passes.length;document.body.appendChild(p);});</script></body>#' \
      "$work/reports/$name.html" > "$work/reports/$name-axe.html"
    for width in 1280 390; do
      result=$(chrome --window-size=$width,2000 --virtual-time-budget=20000 --dump-dom \
        "file://$work/reports/$name-axe.html" | grep -o '<pre id="axe-result">AXE [^<]*' | sed 's/^<pre id="axe-result">//' || true)
      if [ -z "$result" ]; then
        echo "axe-core did not run on $name at $width px" >&2
        failed=1
      elif [ "${result#AXE []}" = "$result" ]; then
        echo "axe-core violations in $name at $width px: $result" >&2
        failed=1
      else
        echo "axe-core: $name at $width px: 0 violations (${result##* } rules passed)"
      fi
    done
  done
  [ "$failed" -eq 0 ] || exit 1
fi
