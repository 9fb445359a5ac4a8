#!/usr/bin/env bash
# Lighthouse 12, mobile preset, against Debian's Chromium: prints the four category scores.
#
#   make run                      # in another terminal: the site with its demo content
#   bench/lighthouse.sh           # scores the newest article on http://127.0.0.1:8000
#   bench/lighthouse.sh URL       # or any page
#
# Installs Lighthouse from npm into bench/.lighthouse on first use (git-ignored).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${BASE_URL:-http://127.0.0.1:8000}
url=${1:-}
if [ -z "$url" ]; then
    path=$(curl -fsS "$base/news/" | grep -o 'class="card__link" href="/news/[^"]*"' | head -n 1 | cut -d'"' -f4)
    url="$base$path"
fi

lighthouse="$here/.lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
    npm install --prefix "$here/.lighthouse" --no-audit --no-fund --silent lighthouse@12
fi

report=$(mktemp --suffix=.json)
CHROME_PATH=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser)} "$lighthouse" "$url" \
    --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"

python3 - "$report" "$url" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"Lighthouse {report['lighthouseVersion']}, {report['configSettings']['formFactor']}: {sys.argv[2]}")
for key, category in report["categories"].items():
    print(f"  {category['title']:<16} {round(category['score'] * 100):>3}")
for key in ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]:
    audit = report["audits"][key]
    print(f"  {audit['title']:<26} {audit['displayValue']}")
PY
rm -f "$report"
