#!/usr/bin/env bash
# The web server pulls the site branch and publishes it: for a Forgejo, Gitea or GitLab server whose runners must
# not reach the web server. Run it as the publishing user every minute (a systemd timer or cron; docs in README
# 「上线前检查」), with the web server's bare repository as argument — the one whose hooks/post-receive is
# scripts/post-receive.sh. It fetches only SITE_BRANCH (the protected branch: nothing reaches it unreviewed) from
# SOURCE_URL into that repository and, when the branch moved past what was last tried, hands the new commit to the
# hook, which builds and publishes it. Code from any other branch is never fetched, let alone run.
# Settings in <bare repository>/portal.env: SOURCE_URL, SITE_BRANCH, and for a private repository TOKEN_FILE, a
# read-only token's file (mode 600). The token reaches git's fetch alone, through its environment
# (GIT_CONFIG_COUNT/KEY/VALUE): never a command line (the process list shows those to every user) nor the build.
set -euo pipefail
BARE=$(cd "${1:?用法 usage: pull-publish.sh <网站服务器上的裸仓库>}" && pwd)
export GIT_DIR=$BARE
if [ -f "$GIT_DIR/portal.env" ]; then set -a; . "$GIT_DIR/portal.env"; set +a; fi
: "${SOURCE_URL:?portal.env: SOURCE_URL（代码服务器上仓库的地址）未设置}"
BRANCH=${SITE_BRANCH:-main}
ZERO=0000000000000000000000000000000000000000
old=$(git rev-parse -q --verify "refs/heads/$BRANCH" || echo "$ZERO")

# One run at a time: a timer that fires while a build runs leaves at once.
exec 8>"$GIT_DIR/pull.lock"
flock -n 8 || exit 0

if [ -n "${TOKEN_FILE:-}" ]; then
  GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.extraHeader GIT_CONFIG_VALUE_0="Authorization: token $(cat "$TOKEN_FILE")" \
    git fetch -q --no-tags "$SOURCE_URL" "+refs/heads/$BRANCH:refs/heads/$BRANCH"
else
  git fetch -q --no-tags "$SOURCE_URL" "+refs/heads/$BRANCH:refs/heads/$BRANCH"
fi
unset TOKEN_FILE
new=$(git rev-parse "refs/heads/$BRANCH")
# A commit is tried once: a build that failed is not retried every minute (push a fix, or delete portal-tried).
tried=$(cat "$GIT_DIR/portal-tried" 2>/dev/null || true)
[ "$new" = "$tried" ] && exit 0
echo "$new" >"$GIT_DIR/portal-tried"
echo "$old $new refs/heads/$BRANCH" | "$GIT_DIR/hooks/post-receive"
