// The build-server recipes in the repository: each builds the site's branch only, one run at a time, keeps the
// caches, and publishes through `npm run publish` (tests/build/rehearsal.test.ts runs the hook and the pull for real).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

describe('build-server recipes', () => {
  it('the web server pulls only the site branch, the token in git fetch’s environment alone', () => {
    // A git that records how it was called, and a hook that records what it was given.
    const dir = mkdtempSync(join(tmpdir(), 'pull-publish-'));
    try {
      const bin = join(dir, 'bin');
      const bare = join(dir, 'site.git');
      mkdirSync(bin);
      mkdirSync(join(bare, 'hooks'), { recursive: true });
      writeFileSync(
        join(bin, 'git'),
        `#!/bin/sh\necho "ARGS $*" >> ${dir}/git.log\nenv | grep '^GIT_CONFIG' >> ${dir}/git.log || true\ncase "$1" in rev-parse) echo 1111111111111111111111111111111111111111 ;; esac\nexit 0\n`,
      );
      chmodSync(join(bin, 'git'), 0o755);
      writeFileSync(join(bare, 'hooks/post-receive'), `#!/bin/sh\ncat > ${dir}/hook.stdin\nenv > ${dir}/hook.env\n`);
      chmodSync(join(bare, 'hooks/post-receive'), 0o755);
      writeFileSync(join(dir, 'token'), 's3cret-token');
      writeFileSync(join(bare, 'portal.env'), `SOURCE_URL=https://git.rsj.example.cn/rsj/portal.git\nSITE_BRANCH=main\nTOKEN_FILE=${dir}/token\n`);
      const run = spawnSync('bash', ['scripts/pull-publish.sh', bare], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
      expect(run.status, run.stderr).toBe(0);
      const log = readFileSync(join(dir, 'git.log'), 'utf8');
      const fetch = log.split('\n').find((l) => l.startsWith('ARGS fetch'))!;
      expect(fetch).toBe('ARGS fetch -q --no-tags https://git.rsj.example.cn/rsj/portal.git +refs/heads/main:refs/heads/main');
      expect(log.split('\n').filter((l) => l.startsWith('ARGS')).join('\n')).not.toContain('s3cret-token');
      expect(log).toContain('GIT_CONFIG_VALUE_0=Authorization: token s3cret-token');
      expect(log).toContain('GIT_CONFIG_KEY_0=http.extraHeader');
      // The hook (the build) is handed the commit, never the token.
      expect(readFileSync(join(dir, 'hook.stdin'), 'utf8')).toMatch(/^[0-9]{40} 1{40} refs\/heads\/main\n$/);
      expect(readFileSync(join(dir, 'hook.env'), 'utf8')).not.toMatch(/s3cret-token|GIT_CONFIG_|TOKEN_FILE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GitLab CI: the site branch only, one job at a time, caches kept out of git clean, npm run publish', () => {
    const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as { variables: Record<string, string>; publish: { rules: { if: string }[]; resource_group: string; script: string[] } };
    // Protected branches only: a branch carrying its own .gitlab-ci.yml is for the protected runner to refuse too.
    expect(ci.publish.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $SITE_BRANCH && $CI_COMMIT_REF_PROTECTED == "true"' }]);
    expect(ci.publish.resource_group).toBe('publish');
    expect(ci.variables.GIT_CLEAN_FLAGS).toContain('-e node_modules -e .astro');
    // The job token is gone before npm ci runs a package's install script.
    expect(ci.publish.script[0]).toMatch(/^unset CI_JOB_TOKEN /);
    expect(ci.publish.script.findIndex((l) => l.includes('npm ci'))).toBeGreaterThan(0);
    expect(ci.publish.script.at(-1)).toBe('npm run publish -- --to "$PUBLISH_TO"');
  });

  it('the post-receive hook: the site branch only, one publish at a time, the pushed commit exactly', () => {
    const hook = readFileSync('scripts/post-receive.sh', 'utf8');
    expect(hook).toContain('[ "$ref" = "refs/heads/$BRANCH" ]');
    expect(hook).toContain('flock 9');
    expect(hook).toContain('read-tree --reset -u "$new"');
    expect(hook).toContain('npm run --silent publish -- --to "$PUBLISH_TO"');
  });
});
