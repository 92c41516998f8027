// The search index patched after a small change (src/search/integration/search-patch.ts): what goes into a patch, when the
// whole index is written instead, and what the search page is told.
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/search/integration/pagefind.ts';
import { asBallast, ballastOf, baseDir, datePlace, PATCH_MIN, PATCH_SHARE, patchPlan, readBase, type SearchBase } from '../../src/search/integration/search-patch.ts';
import type { IndexedPage } from '../../src/search/integration/pagefind-bundle.ts';
import { servedTexts } from '../helpers/served-texts.ts';
import { decodeCbor, encodeCbor } from '../../src/search/integration/pagefind-scrub.ts';
import { BALLAST, readPageId, SHARDS_FILE, type SearchParts } from '../../src/search/shards.ts';
import { ORIGIN } from '../../src/search/state.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const page = (i: number, hash = 'h'): IndexedPage => ({ file: `/p${i}.html`, url: `/p${i}/`, date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, hash });
const baseOf = (pages: IndexedPage[]): SearchBase => ({
  format: 2,
  pagefind: '1.6.0',
  parts: ['/pagefind/'],
  pages: Object.fromEntries(pages.map((p, i) => [p.url, { hash: p.hash, id: `${i.toString(36)}N0`, record: p.hash, part: 0, date: p.date }])),
});

describe('what a patch holds', () => {
  const site = Array.from({ length: 2000 }, (_, i) => page(i));
  const base = baseOf(site);

  it('nothing when no page changed', () => {
    expect(patchPlan(base, site)).toMatchObject({ changed: [], replaced: [] });
  });

  it('a changed page, which replaces its old record; a new page; a removed page’s old record', () => {
    const now = [...site.slice(1, 10).map((p, i) => (i === 0 ? { ...p, hash: 'changed' } : p)), ...site.slice(10), page(5000)];
    const plan = patchPlan(base, now)!;
    expect(plan.changed.map((p) => p.url)).toEqual(['/p1/', '/p5000/']);
    expect(plan.replaced.sort()).toEqual(['/p0/', '/p1/']);
    expect(plan.unchanged).toHaveLength(now.length - 2);
  });

  it('nothing at all when more than its share of the site changed: the whole index is written again', () => {
    const limit = Math.max(PATCH_MIN, PATCH_SHARE * site.length);
    const changed = (n: number) => site.map((p, i) => (i < n ? { ...p, hash: 'changed' } : p));
    expect(patchPlan(base, changed(limit))).toBeDefined();
    expect(patchPlan(base, changed(limit + 1))).toBeUndefined();
  });

  it('unchanged pages for its word statistics, spread over the dates', () => {
    const ballast = ballastOf(site, 100);
    expect(new Set(ballast).size).toBe(100);
    const dates = new Set(ballast.map((p) => p.date));
    expect(dates.size).toBe(28);
    expect(ballastOf(site.slice(0, 30), 100)).toHaveLength(30);
  });

  it('a ballast page keeps its words but no filter or sort key, and carries the mark every search leaves out', () => {
    const html = '<main data-pagefind-body><h1>标题</h1><span data-pagefind-filter="city">成都市</span><time data-pagefind-sort="date:2024-01-01">2024年1月1日</time></main>';
    const ballast = asBallast(html);
    expect(ballast).toContain('成都市');
    expect(ballast).not.toContain('data-pagefind-filter="city"');
    expect(ballast).not.toContain('data-pagefind-sort');
    expect(ballast).toContain(`<main data-pagefind-body data-pagefind-filter="${BALLAST.key}:${BALLAST.yes}">`);
  });

  it('a patch page’s place among the first part’s pages by date, as Pagefind scores a date sort', () => {
    expect(datePlace(base, '2024-01-01')).toBe(0);
    expect(datePlace(base, '2024-01-02')).toBe(site.filter((p) => p.date < '2024-01-02').length);
    expect(datePlace(base, '2999-01-01')).toBe(site.length);
    expect(datePlace(base, '')).toBeNull();
  });
});

const ORIGINS: Record<number, string> = { 0: ORIGIN.sample, 1: ORIGIN.official };

describe('a site indexed, changed and indexed again', () => {
  const root = scratchDir('search-patch-');
  const out = join(root, 'dist');
  const cache = join(root, 'cache');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (i: number, title: string, date = '2024-01-01') => {
    mkdirSync(join(out, `p${i}`), { recursive: true });
    writeFileSync(
      join(out, `p${i}`, 'index.html'),
      `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body data-pagefind-sort="date:${date}"><h1>${title}</h1><p data-pagefind-filter="type">projects</p>${ORIGINS[i] ? `<p data-pagefind-filter="origin">${ORIGINS[i]}</p>` : ''}<p>第${i}个创业项目的介绍</p></main></body></html>`,
    );
  };
  const parts = () => JSON.parse(readFileSync(join(out, SHARDS_FILE), 'utf8')) as SearchParts;
  const index = () => writeSearchIndex(out, { cacheDir: cache });
  for (let i = 0; i < 60; i++) write(i, `项目${i}`, i === 59 ? '2024-02-01' : '2024-01-01');

  it('is indexed whole the first time, and kept as the base', async () => {
    expect(await index()).toMatch(/^indexed 60 of 60 HTML pages .*kept as the base/);
    expect(parts()).toEqual({ parts: ['/pagefind/'] });
    expect(Object.keys(readBase(baseDir(cache, out))!.pages)).toHaveLength(60);
  });

  it('gives every page a short id that carries its date rank and origin, and the metadata no date sort', () => {
    const [meta] = globSync('pagefind/*.pf_meta', { cwd: out }).map((f) => decodeCbor(gunzipSync(readFileSync(join(out, f))).subarray('pagefind_dcd'.length)) as unknown[][]);
    const ids = (meta![1] as [string][]).map(([id]) => id);
    expect(meta![4]).toEqual([]);
    expect(ids.map((id) => readPageId(id)?.bundle)).toEqual(ids.map(() => '0'));
    expect(new Set(ids.map((id) => readPageId(id)!.rank))).toEqual(new Set(ids.keys()));
    expect(globSync('pagefind/fragment/*', { cwd: out }).map((f) => f.replace(/^.*\/|\.pf_fragment$/g, '')).sort()).toEqual([...ids].sort());
    // Ranked by date: p59 is dated last; p0 carries 示例, p1 正式文件.
    expect(readPageId(readBase(baseDir(cache, out))!.pages['/p59/']!.id)!.rank).toBe(59);
    expect(readPageId(readBase(baseDir(cache, out))!.pages['/p0/']!.id)!.origin).toBe('sample');
    expect(readPageId(readBase(baseDir(cache, out))!.pages['/p1/']!.id)!.origin).toBe('official');
    expect(readPageId(readBase(baseDir(cache, out))!.pages['/p2/']!.id)!.origin).toBe('other');
  });

  it('reads and writes every file of Pagefind’s index byte for byte (the codec the patch rewrites them with)', () => {
    const files = globSync('pagefind/**/*.pf_*', { cwd: out }).filter((f) => !f.endsWith('.pf_fragment'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const raw = gunzipSync(readFileSync(join(out, f))).subarray('pagefind_dcd'.length);
      expect(encodeCbor(decodeCbor(raw)).equals(raw), f).toBe(true);
    }
  });

  it('unchanged, it is given the base again without a patch', async () => {
    expect(await index()).toMatch(/0 new or changed page\(s\).*0 replaced/);
    expect(parts()).toEqual({ parts: ['/pagefind/'] });
  });

  it('after one page changes, a patch holds it and replaces its old record', async () => {
    write(3, '高原蜂蜜合作社', '2025-06-01');
    expect(await index()).toMatch(/1 new or changed page\(s\) indexed with 59 unchanged/);
    const { patch } = parts();
    expect(patch?.base).toBe('/pagefind/patch/');
    expect(Object.values(patch!.own)).toEqual([60]);
    expect(patch!.replaced).toEqual([readBase(baseDir(cache, out))!.pages['/p3/']!.id]);
  });

  it('a page changed only outside what search reads keeps its record in the base, out of the patch', async () => {
    const file = join(out, 'p7', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', '<nav data-pagefind-ignore>相关项目</nav></body>'));
    expect(await index()).toMatch(/1 new or changed page\(s\).*1 replaced/);
    const id = readBase(baseDir(cache, out))!.pages['/p7/']!.id;
    expect(parts().patch!.replaced).not.toContain(id);
    expect(Object.keys(parts().patch!.own)).not.toContain(id);
  });

  it('with SEARCH_FULL=1, or when too much changed, the whole index is written and becomes the new base', async () => {
    process.env.SEARCH_FULL = '1';
    try {
      expect(await index()).toMatch(/^indexed 60 of 60/);
    } finally {
      delete process.env.SEARCH_FULL;
    }
    expect(parts().patch).toBeUndefined();
    for (let i = 0; i < 60; i++) write(i, `改过的项目${i}`);
    expect(await index()).toMatch(/^indexed 60 of 60/);
    expect(await index()).toMatch(/0 new or changed/);
  });

  it('a renamed and a removed page leave no word, filter value or fragment of theirs in the index served', async () => {
    const OLD = ['雪山牦牛肉干作坊', '海岛民宿管家培训', '第5个创业项目', '五号独有的栏目'];
    write(4, OLD[0]!);
    write(5, OLD[1]!);
    const p5 = join(out, 'p5', 'index.html');
    writeFileSync(p5, readFileSync(p5, 'utf8').replace('>projects<', `>${OLD[3]}<`));
    process.env.SEARCH_FULL = '1';
    try {
      await index();
    } finally {
      delete process.env.SEARCH_FULL;
    }
    expect(servedTexts(join(out, 'pagefind')).filter((f) => f.file.endsWith('.pf_filter')).some((f) => f.text.includes(OLD[3]!))).toBe(true);
    const entry = () => readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8');
    const before = entry();
    write(4, '高原蜂蜜合作社新名');
    rmSync(join(out, 'p5'), { recursive: true });
    expect(await index()).toMatch(/1 new or changed page\(s\).*2 replaced/);
    const texts = servedTexts(join(out, 'pagefind'));
    for (const old of OLD) expect(texts.filter((f) => f.text.includes(old)).map((f) => f.file)).toEqual([]);
    expect(texts.some((f) => f.text.includes('高原蜂蜜合作社新名'))).toBe(true);
    // The rewritten metadata has a name of its own, which the entry file names.
    expect(entry()).not.toBe(before);
    const hash = (JSON.parse(entry()) as { languages: Record<string, { hash: string }> }).languages['zh-cn']!.hash;
    expect(texts.some((f) => f.file.endsWith(`pagefind.${hash}.pf_meta`))).toBe(true);
  });
});
