#!/usr/bin/env bash
# Retakes the README screenshots from a running server (default: the demo on port 7070):
#   ./annals demo &        # wait for "serving on ..."
#   docs/img/take-screenshots.sh [http://127.0.0.1:7070]
# Needs Debian's chromium and curl. Writes docs/img/dyad.png and docs/img/article.png.
set -euo pipefail
base="${1:-http://127.0.0.1:7070}"
here="$(cd "$(dirname "$0")" && pwd)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# The article of the latest-published report of a 2025 Russia–United States phone call.
article=$(curl -sf "$base/api/events?actor=RUS&with=USA&type=CONSULT&from=2025-07-03&to=2025-07-03&sort=sources" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["evidence"]["article"])')
shot() {
  chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars \
    --window-size=1280,1100 --virtual-time-budget=8000 --screenshot="$2" "$1" 2>/dev/null
}
shot "$base/dyads/USA/RUS" "$here/dyad.png"
shot "$base/articles/$article" "$here/article.png"
echo "wrote $here/dyad.png and $here/article.png"
