#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find: types, unit, build, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
# Every build here is local (the tests set their own origin); a production build needs SITE_URL.
export LOCAL_BUILD=1
# Each step's heading says when it started, in seconds since the first: where CI's 15 minutes go.
step() { echo "== [${SECONDS}s] $*"; }

step "astro check (0 errors, 0 warnings)"
npx astro check --minimumFailingSeverity warning

# After the check, never beside it: type-aware lint reads the content types the check generates (.astro/); run at
# once in a fresh clone, it saw them missing and reported 862 errors.
step "lint (typescript-eslint, type-aware, 0 warnings)"
npx eslint . --max-warnings 0

step "unit and build-failure tests (vitest)"
npx vitest run

# The shipped content/ is the operator's: checked only with rules that hold for any valid content.
site_checks() {
  step "page budgets (gzip) over $1/"
  npx tsx scripts/budgets.ts "$1"
  step "internal links and anchors over $1/"
  npx tsx scripts/check-links.ts "$1"
  step "Nu HTML Checker over $1/"
  npx tsx scripts/check-html.ts "$1"
}

# The checks only read a finished build, and a build keeps about one core busy: each build's checks run beside the
# builds that follow, their output kept apart and shown (and their failure reported) before the browser tests.
checks_pids=()
checks_logs=()
site_checks_beside() {
  mkdir -p tmp
  local log="tmp/site-checks-${#checks_pids[@]}.log"
  site_checks "$1" >"$log" 2>&1 &
  checks_pids+=("$!")
  checks_logs+=("$log")
}
wait_for_checks() {
  local failed=0
  for i in "${!checks_pids[@]}"; do
    if wait "${checks_pids[$i]}"; then cat "${checks_logs[$i]}"; else cat "${checks_logs[$i]}"; failed=1; fi
  done
  if [ "$failed" -ne 0 ]; then echo "== site checks failed (above)"; exit 1; fi
}

step "build of the shipped content (content/ → dist/)"
npm run build --silent
site_checks_beside dist

step "the same with every sample story, project, incubator and training institution retired, as an operator will (tmp/operator-content/)"
npx tsx scripts/operator-content.ts tmp/operator-content
CONTENT_DIR=tmp/operator-content OUT_DIR=tmp/dist-operator npx astro build
site_checks_beside tmp/dist-operator

step "build of the behaviour fixture (tests/fixtures/site → dist-fixture/)"
CONTENT_DIR=tests/fixtures/site OUT_DIR=dist-fixture npx astro build

step "the same build with its search index written in parts of 110 pages and merged, its commonest words capped, as a site of 50,000 entries is indexed (dist-parts/)"
rm -rf dist-parts && cp -r dist-fixture dist-parts
npx tsx scripts/search-index.ts --root dist-parts --part-pages 110 --word-bytes 500

step "the same build after a change, its search index patched (dist-patch/) and written whole (dist-patch-whole/)"
npx tsx tests/helpers/patch-fixture.ts dist-fixture dist-patch dist-patch-whole

step "build of the hostile-content fixture (tests/fixtures/hostile → dist-hostile/)"
CONTENT_DIR=tests/fixtures/hostile OUT_DIR=dist-hostile npx astro build

step "build with the CMS's local backend for the admin tests (dist-cms/)"
CONTENT_DIR=tests/fixtures/site DECAP_LOCAL=1 OUT_DIR=dist-cms npx astro build

wait_for_checks

step "end-to-end tests (Playwright, Chromium at \${CHROMIUM_PATH:-/usr/bin/chromium})"
npx playwright test
step "done"
