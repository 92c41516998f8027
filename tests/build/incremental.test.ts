// Incremental builds (experimental.incrementalBuild with the cacheKey of src/collections/index.ts): after one project's
// title changes, the next build — into a fresh release folder, as npm run publish makes it — renders that project's
// page, the pages that show it and the search index anew, and copies the pages that do not show it.
import { existsSync, globSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, restoredPages } from '../../scripts/lib/astro.ts';
import { parseMarkdown } from '../helpers/content.ts';
import { smallContentSet } from '../helpers/fixture.ts';
import { SHARDS_FILE, type SearchParts } from '../../src/search/shards.ts';

const set = smallContentSet('portal-incremental-');
const cache = join(set.root, 'cache');
// Built in one place and moved aside after each build, as npm run publish does (the build folder's path is part of
// what Astro hashes for a page's code).
const building = join(set.root, 'build');
const first = join(set.root, 'release-1');
const second = join(set.root, 'release-2');
afterAll(() => rmSync(set.root, { recursive: true, force: true }));

const NEW_TITLE = '增量构建后的新项目名称';
let project: { slug: string; cities: string[]; title: string };
let output = '';
let firstOutput = '';
const html = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

beforeAll(() => {
  const one = astroBuild({ content: set.content, out: building, env: { CACHE_DIR: cache } });
  expect(one.status, one.output.slice(-1500)).toBe(0);
  firstOutput = one.output;
  renameSync(building, first);
  // A project recommended to at least one city, so a city page shows it.
  const file = globSync('projects/*.md', { cwd: set.content })
    .map((f) => join(set.content, f))
    .find((f) => ((parseMarkdown(readFileSync(f, 'utf8')).data.cities as string[] | undefined) ?? []).length > 0)!;
  const { data } = parseMarkdown(readFileSync(file, 'utf8'));
  project = { slug: String(data.slug), cities: data.cities as string[], title: String(data.title) };
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
  const two = astroBuild({ content: set.content, out: building, env: { CACHE_DIR: cache } });
  expect(two.status, two.output.slice(-1500)).toBe(0);
  renameSync(building, second);
  output = two.output;
});

describe('a build as npm run build makes it (scripts/build.ts)', () => {
  it('writes the search index once Astro has exited, and the header table covers it', () => {
    const complete = firstOutput.indexOf('[build] Complete!');
    expect(complete, firstOutput.slice(-1500)).toBeGreaterThan(-1);
    // Astro's last hook only names the folders; the index follows Astro's last line.
    expect(firstOutput.slice(0, complete)).toContain('the search index is written once Astro has exited');
    expect(firstOutput.slice(complete)).toMatch(/\[portal:pagefind\] indexed \d+ of \d+ HTML pages/);
    expect(existsSync(join(first, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(join(first, '_headers'), 'utf8')).toMatch(/^\/pagefind\/\*$/m);
  });
});

describe('an incremental build after one change', () => {
  it('copies the pages that do not show the change from the last build', () => {
    const restored = restoredPages(output).join('\n');
    // Pages that do not show the project: the incubators and training institutions.
    for (const page of globSync('{incubators,training}/*/index.html', { cwd: second })) {
      expect(restored).toContain(`/${page}`);
      expect(readFileSync(join(second, page), 'utf8')).toBe(readFileSync(join(first, page), 'utf8'));
    }
    expect(restored).not.toContain(`/projects/${project.slug}/`);
    // Every other entry's poster shows nothing of the project.
    const posters = globSync('{projects,stories}/*/poster/index.html', { cwd: second }).filter((f) => !f.startsWith(`projects/${project.slug}/`));
    expect(posters.length).toBeGreaterThan(1);
    for (const page of posters) expect(restored).toContain(`/${page}`);
    // So are the lists of other collections (their keys: src/lib/views/cache-keys.ts), while the project list,
    // which shows the title, is rendered again.
    for (const list of ['policies', 'stories', 'incubators', 'training', 'experts', 'news']) expect(restored).toContain(`/${list}/index.html`);
    expect(restored).not.toContain('/projects/index.html');
    for (const city of project.cities) expect(restored).not.toContain(`/cities/${city}/`);
  });

  it('renders anew the project page, its city page and the list that show it, and indexes the new title', () => {
    expect(html(second, `projects/${project.slug}`)).toContain(NEW_TITLE);
    expect(html(second, `projects/${project.slug}/poster`)).toContain(NEW_TITLE);
    for (const city of project.cities) expect(html(second, `cities/${city}`)).toContain(NEW_TITLE);
    const lists = globSync('projects/**/index.html', { cwd: second }).filter((f) => !f.startsWith(`projects/${project.slug}/`));
    expect(lists.some((f) => readFileSync(join(second, f), 'utf8').includes(NEW_TITLE))).toBe(true);
    // The index is patched, not written again: the changed pages in /pagefind/patch/, the project's old record
    // listed as replaced (what the search page does with it: tests/e2e/search-patch.spec.ts).
    expect(output).toMatch(/patched the search index of \d+ pages/);
    const fragments = (bundle: string, release = second) =>
      globSync(`${bundle}/fragment/*.pf_fragment`, { cwd: release }).map((f) => ({ id: basename(f, '.pf_fragment'), text: gunzipSync(readFileSync(join(release, f))).toString('utf8') }));
    expect(fragments('pagefind/patch').some((f) => f.text.includes(NEW_TITLE))).toBe(true);
    const { patch } = JSON.parse(readFileSync(join(second, SHARDS_FILE), 'utf8')) as SearchParts;
    const was = fragments('pagefind', first).find((f) => f.text.includes(`"url":"/projects/${project.slug}/"`))!;
    expect(was.text).not.toContain(NEW_TITLE);
    expect(patch?.replaced).toContain(was.id);
    expect(fragments('pagefind').map((f) => f.id)).not.toContain(was.id);
    expect(html(second, `projects/${project.slug}`)).not.toMatch(new RegExp(`<h1[^>]*>${project.title}</h1>`));
    expect(html(first, `projects/${project.slug}`)).toMatch(new RegExp(`<h1[^>]*>${project.title}</h1>`));
  });
});

