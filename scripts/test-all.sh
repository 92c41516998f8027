#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find: types, unit, build, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
# Every build here is local (the tests set their own origin); a production build needs SITE_URL.
export LOCAL_BUILD=1

echo "== astro check (0 errors, 0 warnings)"
npx astro check --minimumFailingSeverity warning

echo "== unit and build-failure tests (vitest)"
npx vitest run

echo "== production build"
npx astro build

echo "== page budgets (gzip) over dist/"
npx tsx scripts/budgets.ts

echo "== internal links and anchors over dist/"
npx tsx scripts/check-links.ts

echo "== Nu HTML Checker over dist/"
npx tsx scripts/check-html.ts

echo "== build of the hostile-content fixture (tests/fixtures/hostile)"
CONTENT_DIR=tests/fixtures/hostile OUT_DIR=dist-hostile npx astro build

echo "== build with the CMS's local backend for the admin tests (dist-cms/)"
DECAP_LOCAL=1 OUT_DIR=dist-cms npx astro build

echo "== end-to-end tests (Playwright, Chromium at \${CHROMIUM_PATH:-/usr/bin/chromium})"
npx playwright test
