// Lists stay small when the content grows: every list page, the static project filters included, shows at most
// PAGE_SIZE entries and fits the list budget, and a filter's pages together hold exactly its projects.
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { htmlFiles, isListPage } from '../../scripts/lib/dist.ts';
import { PAGE_SIZE, RELATED_LIMIT } from '../../src/lib/core/lists.ts';
import { readCollection } from '../helpers/content.ts';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';
import { checkLinks } from '../../src/lib/inspect/links.ts';

const root = scratchDir('portal-large-');
const content = join(root, 'content');
const dist = join(root, 'dist');

const cards = (html: string) => html.match(/class="entry-card"/g)?.length ?? 0;
const titles = (html: string) => [...html.matchAll(/class="entry-card__title"[^>]*>\s*<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.trim());
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  writeCorpus(content, 400);
  // Every story in one city, as in a large site's big cities: each story's group of its city's other stories (99)
  // is cut short.
  const city = readCollection('cities', content)[0]!.id;
  for (const file of globSync('stories/*.md', { cwd: content }).map((f) => join(content, f))) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^city: .*$/m, `city: ${city}`));
  }
  const run = astroBuild({ content, out: dist });
  expect(run.status, run.output.slice(-3000)).toBe(0);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('with 400 entries', () => {
  it(`no list page shows more than ${PAGE_SIZE} entries or weighs more than 12 kB of HTML (gzip)`, () => {
    const lists = htmlFiles(dist)
      .map((f) => relative(dist, f))
      .filter(isListPage);
    expect(lists.length).toBeGreaterThan(50);
    const over = lists.filter((f) => {
      const html = readFileSync(join(dist, f));
      return cards(html.toString()) > PAGE_SIZE || gzipSync(html).length > 12 * 1024;
    });
    expect(over).toEqual([]);
  });

  it(`a detail page lists at most ${RELATED_LIMIT} entries in a related group, and links to where all of them are`, () => {
    const details = htmlFiles(dist).filter((f) => /\/(stories|projects|incubators|training|experts)\/[^/]+\/index\.html$/.test(f) && !isListPage(relative(dist, f)));
    expect(details.length).toBeGreaterThan(200);
    const groups = details.flatMap((f) => readFileSync(f, 'utf8').split('<section class="related"').slice(1).map((s) => s.slice(0, s.indexOf('</section>'))));
    const longest = Math.max(...groups.map((g) => g.match(/<li>/g)?.length ?? 0));
    expect(longest).toBe(RELATED_LIMIT);
    // Every group cut short links to all of them (the link check below finds each address and anchor).
    const more = groups.filter((g) => g.includes('related__more'));
    expect(more.length).toBeGreaterThan(0);
    for (const g of more) expect(g).toMatch(/<p class="related__more"> <a href="\/(cities|search)\/[^"]*">[^<]*全部/);
  });

  it('has no broken internal link, so npm run publish takes it (the notice every footer links is in the corpus)', () => {
    expect(checkLinks(dist).broken.slice(0, 5)).toEqual([]);
  });

  it("a filter's pages together list exactly the projects with that value", () => {
    const projects = readCollection('projects', content);
    const promoted = projects.filter((p) => p.data.stage === '推介中');
    expect(promoted.length).toBeGreaterThan(PAGE_SIZE);
    const first = page('projects/filter/stage/promoted');
    const pages = Number(/第 1 \/ (\d+) 页/.exec(first)?.[1]);
    expect(pages).toBe(Math.ceil(promoted.length / PAGE_SIZE));
    const listed = [first, ...Array.from({ length: pages - 1 }, (_, i) => page(`projects/filter/stage/promoted/${i + 2}`))].flatMap(titles);
    expect(listed.sort()).toEqual(promoted.map((p) => String(p.data.title)).sort());
  });
});
