#!/usr/bin/env bash
# Checks an HTML report in a real browser: renders REPORT.html with headless
# Chromium (installed from Debian if missing) to a PNG, and fails when the
# page's script did not run to its end or raised an error. No network: the
# page must be self-contained, and Chromium's own background traffic is off.
#   scripts/render_html.sh REPORT.html [OUT.png] [WIDTH]
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 REPORT.html [OUT.png] [WIDTH]" >&2
  exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="${2:-${1%.html}.png}"
width="${3:-1280}"

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
  echo "render_html: installing chromium" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  browser=chromium
fi

profile="$(mktemp -d)"
log="$(mktemp)"
dom="$(mktemp)"
trap 'rm -rf "$profile" "$log" "$dom"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking
       --disable-component-update --disable-sync --disable-extensions --no-first-run --no-default-browser-check
       --user-data-dir="$profile" --enable-logging=stderr --v=0 --hide-scrollbars
       --virtual-time-budget=3000)

# 1. The DOM after the script ran: the page marks itself data-cc-ready="1"
#    at the end of its script, and data-cc-error="..." on any uncaught error.
"$browser" "${flags[@]}" --window-size="$width,900" --dump-dom "file://$report" >"$dom" 2>"$log" || {
  echo "render_html: $browser failed on $report:" >&2
  tail -n 20 "$log" >&2
  exit 1
}
status=0
if grep -Eq 'Uncaught|SyntaxError|TypeError|ReferenceError|Content Security Policy' "$log"; then
  echo "render_html: script errors in $report:" >&2
  grep -E 'Uncaught|SyntaxError|TypeError|ReferenceError|Content Security Policy' "$log" >&2
  status=1
fi
if grep -q 'data-cc-error=' "$dom"; then
  echo "render_html: the page reported an error: $(grep -o 'data-cc-error="[^"]*"' "$dom" | head -n 1)" >&2
  status=1
fi
if ! grep -q 'data-cc-ready="1"' "$dom"; then
  echo "render_html: the page's script did not finish (no data-cc-ready)" >&2
  status=1
fi

# 2. The picture: as tall as the page says it is (data-cc-height), capped.
height=$(grep -o 'data-cc-height="[0-9]*"' "$dom" | head -n 1 | tr -dc 0-9 || true)
[ -z "$height" ] && height=2000
[ "$height" -lt 600 ] && height=600
[ "$height" -gt 16000 ] && height=16000
"$browser" "${flags[@]}" --screenshot="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")" \
  --window-size="$width,$height" "file://$report" >/dev/null 2>>"$log" || {
  echo "render_html: screenshot failed:" >&2
  tail -n 20 "$log" >&2
  exit 1
}
[ -s "$out" ] || { echo "render_html: no PNG written to $out" >&2; exit 1; }
[ "$status" -eq 0 ] && echo "render_html: $report ran without script errors; picture in $out"
exit "$status"
