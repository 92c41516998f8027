#!/usr/bin/env bash
# The build server for a git server without runners: install as <bare repository>/hooks/post-receive. When the
# branch the site is built from (SITE_BRANCH) receives a push — an editor's change merged after review, or the CMS
# publishing with the editorial workflow — it checks the branch out into WORK_TREE, installs the dependencies when
# package-lock.json changed, and runs `npm run publish -- --to PUBLISH_TO` (build, check, atomic switch). The work
# tree stays between pushes, so Astro's caches do too. Settings come from the environment or from
# <bare repository>/portal.env (SITE_BRANCH, WORK_TREE, PUBLISH_TO, and the build's own: SITE_URL, DECAP_*, …).
# PORTAL_NODE_MODULES, if set, is an existing node_modules to use instead of `npm ci`.
# It runs the code of what reaches SITE_BRANCH: only those who may publish may push to this repository (README
# 「上线前检查」); scripts/pull-publish.sh feeds it the protected branch of the office's git server instead.
set -euo pipefail
GIT_DIR=$(cd "${GIT_DIR:-.}" && pwd)
export GIT_DIR
if [ -f "$GIT_DIR/portal.env" ]; then set -a; . "$GIT_DIR/portal.env"; set +a; fi
# The pull's token file (scripts/pull-publish.sh) is for git fetch alone: the build is not told where it is.
unset TOKEN_FILE
: "${WORK_TREE:?portal.env: WORK_TREE（构建用的工作目录）未设置}" "${PUBLISH_TO:?portal.env: PUBLISH_TO（发布目录，nginx 指向其中的 current）未设置}"
BRANCH=${SITE_BRANCH:-main}
ZERO=0000000000000000000000000000000000000000

while read -r _old new ref; do
  [ "$ref" = "refs/heads/$BRANCH" ] && [ "$new" != "$ZERO" ] || continue
  echo "发布 $BRANCH @ ${new:0:12} → $PUBLISH_TO"
  mkdir -p "$WORK_TREE"
  # One publish at a time; a push during a build waits for it.
  exec 9>"$GIT_DIR/publish.lock"
  flock 9
  # The work tree becomes exactly the pushed commit (files deleted there go), caches and node_modules stay.
  git --work-tree="$WORK_TREE" read-tree --reset -u "$new"
  cd "$WORK_TREE"
  if [ -n "${PORTAL_NODE_MODULES:-}" ]; then
    ln -sfn "$PORTAL_NODE_MODULES" node_modules
  elif ! cmp -s package-lock.json node_modules/.portal-package-lock.json; then
    npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.portal-package-lock.json
  fi
  RELEASE_COMMIT=$new npm run --silent publish -- --to "$PUBLISH_TO"
  cd - >/dev/null
  flock -u 9
done
