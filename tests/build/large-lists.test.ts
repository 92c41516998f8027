// Lists stay small when the content grows: every list page, the static project filters included, shows at most
// PAGE_SIZE entries and fits the list budget, and a filter's pages together hold exactly its projects.
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { htmlFiles, isListPage } from '../../scripts/lib/dist.ts';
import { PAGE_SIZE } from '../../src/lib/core/lists.ts';
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
