// npm run new:collection in a copy of the project: the scaffold touches at most 7 files outside content/, type-checks,
// and its build shows the new collection everywhere the registry reaches — its list and detail pages, the CMS,
// search's 栏目 filter, open data, the site map and the navigation.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { astro, tsx } from '../../scripts/lib/node.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const PROJECT = join(import.meta.dirname, '../..');
const root = scratchDir('portal-new-collection-');
const copy = join(root, 'project');
const out = join(copy, 'tmp/dist-new');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (...args: string[]) => spawnSync('git', args, { cwd: copy, encoding: 'utf8' });
let scaffold = '';
let changed: string[] = [];
let check = { status: null as number | null, output: '' };
let build = { status: null as number | null, output: '' };
const page = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  // The project's files as a clone has them, with this working tree's changes; node_modules shared.
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(PROJECT, f))) continue;
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    cpSync(join(PROJECT, f), join(copy, f));
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'));
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'copy');

  const [node, args] = tsx('scripts/new-collection.ts', 'guides', '创业指南');
  const run = spawnSync(node, args, { cwd: copy, encoding: 'utf8' });
  scaffold = `${run.stdout}${run.stderr}`;
  expect(run.status, scaffold).toBe(0);
  git('add', '-A');
  changed = git('diff', '--cached', '--name-only').stdout.split('\n').filter(Boolean);

  const [checkNode, checkArgs] = astro('check', '--minimumFailingSeverity', 'warning');
  const checked = spawnSync(checkNode, checkArgs, { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  check = { status: checked.status, output: `${checked.stdout}${checked.stderr}` };
  build = astroBuild({ content: join(copy, 'tests/fixtures/site'), out, env: { DECAP_LOCAL: '1' }, cwd: copy });
}, 300_000);

describe('npm run new:collection -- guides 创业指南', () => {
  it('touches at most 7 files outside content/ and says which', () => {
    const outside = changed.filter((f) => !f.startsWith('content/'));
    expect(outside.length).toBeLessThanOrEqual(7);
    expect(changed).toContain('content/guides/guides-example.md');
    for (const f of changed) expect(scaffold).toContain(f);
  });

  it('type-checks and builds', () => {
    expect(check.status, check.output.slice(-3000)).toBe(0);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('has a list page and a detail page, the example marked 示例', () => {
    const list = page('guides/index.html');
    expect(list).toContain('<h1>创业指南</h1>');
    expect(list).toContain('href="/guides/guides-example/"');
    const detail = page('guides/guides-example/index.html');
    expect(detail).toContain('创业指南示例');
    expect(detail).toContain('示例');
  });

  it('is in the CMS, search\'s 栏目 filter, open data, the site map and the navigation', () => {
    expect(page('admin/config.yml')).toMatch(/name: guides[\s\S]*label: 创业指南/);
    expect(page('search/index.html')).toContain('&quot;guides&quot;:&quot;创业指南&quot;');
    const data = JSON.parse(page('data/guides.json')) as unknown;
    expect(JSON.stringify(data)).toContain('创业指南示例');
    expect(page('data/index.html')).toContain('/data/guides.csv');
    expect(page('sitemap/index.html')).toMatch(/<a href="\/guides\/">创业指南<\/a>/);
    expect(page('index.html')).toMatch(/<a href="\/guides\/">\s*创业指南\s*<\/a>/);
  });

  it('refuses a name that is taken, and changes nothing', () => {
    const [node, args] = tsx('scripts/new-collection.ts', 'guides', '创业指南');
    const again = spawnSync(node, args, { cwd: copy, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('集合「guides」已经存在');
    expect(git('diff', '--name-only').stdout + git('ls-files', '--others', '--exclude-standard').stdout).toBe('');
  });
});
