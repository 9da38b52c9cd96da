#!/usr/bin/env bash
# Takes the README's screenshot of the example report, docs/report-example.png, in headless Chromium
# (Debian: apt-get install chromium). Run from the project root after regenerating docs/report-example.html.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "Chromium not found; install it (Debian: apt-get install chromium)" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
  --hide-scrollbars --window-size=900,1500 --screenshot="$PWD/docs/report-example.png" \
  "file://$PWD/docs/report-example.html" 2>/dev/null
echo "Wrote docs/report-example.png"
