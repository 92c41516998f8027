// The build-server recipes in the repository: each builds the site's branch only, one run at a time, keeps the
// caches, and publishes through `npm run publish` (tests/build/publish.test.ts runs that and the git hook for real).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

describe('build-server recipes', () => {
  it('Forgejo/Gitea Actions: on a push to the site branch, one at a time, no third-party action, npm run publish', () => {
    const text = readFileSync('.forgejo/workflows/publish.yml', 'utf8');
    const flow = parse(text) as { on: { push: { branches: string[] } }; concurrency: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, { steps: { run?: string; uses?: string }[] }> };
    expect(flow.on.push.branches).toEqual(['main']);
    expect(flow.concurrency).toEqual({ group: 'publish', 'cancel-in-progress': false });
    const steps = Object.values(flow.jobs).flatMap((j) => j.steps);
    expect(steps.every((s) => !s.uses)).toBe(true);
    const script = steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('npm run publish -- --to "$PUBLISH_TO"');
    expect(script).toContain('-e node_modules -e .astro');
  });

  it('GitLab CI: the site branch only, one job at a time, caches kept out of git clean, npm run publish', () => {
    const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as { variables: Record<string, string>; publish: { rules: { if: string }[]; resource_group: string; script: string[] } };
    expect(ci.publish.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $SITE_BRANCH' }]);
    expect(ci.publish.resource_group).toBe('publish');
    expect(ci.variables.GIT_CLEAN_FLAGS).toContain('-e node_modules -e .astro');
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
