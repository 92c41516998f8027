// A large site's index is written in parts and merged into one bundle (src/search/integration/pagefind-compact.ts): the
// merged bundle must hold what one index of the whole site holds — every word's pages with their locations, every
// filter value's pages, every page's word count — and its pages the site's short ids, ranked by date over the site.
import { globSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/search/integration/pagefind.ts';
import { bundleFragments } from '../../src/search/integration/pagefind-bundle.ts';
import { readPagefindFile } from '../../src/search/integration/pagefind-scrub.ts';
import { readPageId, SHARDS_FILE } from '../../src/search/shards.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

type Cbor = number | string | Cbor[];

/** What search reads of a bundle, by page URL: words → URL → locations, filters → value → URLs, word counts. */
function contents(bundle: string) {
  const [meta] = globSync('pagefind.*.pf_meta', { cwd: bundle }).map((f) => readPagefindFile(join(bundle, f)) as Cbor[][]);
  const urlOf = new Map(bundleFragments(bundle).map((f) => [f.id, f.url]));
  const pages = (meta![1] as Cbor[][]).map(([id]) => urlOf.get(id as string)!);
  const words: Record<string, Record<string, string>> = {};
  const chunks = meta![2] as string[][];
  for (const [from, to, hash] of chunks) {
    const [list] = readPagefindFile(join(bundle, 'index', `${hash}.pf_index`)) as Cbor[][][];
    for (const [word, entries] of list!) {
      // Every word lies within its chunk's bounds, as Pagefind picks the chunks a query needs by them.
      expect(from! <= (word as string) && (word as string).slice(0, to!.length) <= to!, `${word as string} in ${from}–${to}`).toBe(true);
      let page = 0;
      for (const [delta, ...rest] of entries as Cbor[][]) {
        page += delta as number;
        (words[word as string] ??= {})[pages[page]!] = JSON.stringify(rest);
      }
    }
  }
  const filters: Record<string, Record<string, string[]>> = {};
  for (const [name, hash] of meta![3] as string[][]) {
    const [, values] = readPagefindFile(join(bundle, 'filter', `${hash}.pf_filter`)) as [string, [string, number[]][]];
    for (const [value, on] of values) (filters[name!] ??= {})[value] = on.map((p) => pages[p]!).sort();
  }
  const counts = Object.fromEntries((meta![1] as Cbor[][]).map(([id, n]) => [urlOf.get(id as string)!, n]));
  return { words, filters, counts, ids: (meta![1] as Cbor[][]).map(([id]) => id as string), urlOf, sorts: meta![4] };
}

describe('an index written in parts and merged', () => {
  const root = scratchDir('search-merge-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = (out: string) => {
    for (let i = 0; i < 45; i++) {
      mkdirSync(join(out, `p${i}`), { recursive: true });
      const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
      writeFileSync(
        join(out, `p${i}`, 'index.html'),
        `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body data-pagefind-sort="date:${date}"><h1>创业项目${i}号：${['蜂蜜', '民宿', '电商', '培训'][i % 4]}</h1>` +
          `<p data-pagefind-filter="type">${i % 3 ? 'projects' : 'stories'}</p><p data-pagefind-filter="origin">${i % 5 ? '示例' : '正式文件'}</p>` +
          `<p>${'创业培训促进就业。'.repeat(1 + (i % 4))}第${i}个项目在${['成都', '杭州', '西安'][i % 3]}落地，word${i} common${i % 2}</p></main></body></html>`,
      );
    }
  };
  const whole = join(root, 'whole');
  const parted = join(root, 'parts');

  it('holds every word, location, filter value and word count one index of the whole site holds', async () => {
    site(whole);
    site(parted);
    expect(await writeSearchIndex(whole)).toMatch(/1 part\(s\)/);
    expect(await writeSearchIndex(parted, { partPages: 10 })).toMatch(/5 part\(s\) of at most 10 pages, merged into one/);
    expect(JSON.parse(readFileSync(join(parted, SHARDS_FILE), 'utf8'))).toEqual({ parts: ['/pagefind/'] });
    expect(readdirSync(join(parted, 'pagefind')).filter((f) => f.startsWith('part-'))).toEqual([]);
    const a = contents(join(whole, 'pagefind'));
    const b = contents(join(parted, 'pagefind'));
    expect(Object.keys(b.words).length).toBeGreaterThan(50);
    expect(b.words).toEqual(a.words);
    expect(b.filters).toEqual(a.filters);
    expect(b.counts).toEqual(a.counts);
    expect(b.sorts).toEqual([]);
  });

  it('gives every page an id ranked by date over the whole site, and a fragment under it', () => {
    const b = contents(join(parted, 'pagefind'));
    expect(new Set(b.ids).size).toBe(45);
    const byRank = [...b.ids].sort((x, y) => readPageId(x)!.rank - readPageId(y)!.rank);
    expect(byRank.map((id) => readPageId(id)!.rank)).toEqual([...Array(45).keys()]);
    const dates = byRank.map((id) => {
      const html = readFileSync(join(parted, b.urlOf.get(id)!, 'index.html'), 'utf8');
      return /date:([^"]+)/.exec(html)![1]!;
    });
    expect(dates).toEqual([...dates].sort());
    expect(b.ids.filter((id) => readPageId(id)!.origin === 'official').map((id) => b.urlOf.get(id)).sort()).toEqual(
      ['/p0/', '/p10/', '/p15/', '/p20/', '/p25/', '/p30/', '/p35/', '/p40/', '/p5/'].sort(),
    );
  });
});
