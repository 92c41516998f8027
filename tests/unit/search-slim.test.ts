// A word on nearly every page of a large site is capped to its weightiest places on each page, so that a first search
// stays within a phone's budget (src/search/integration/pagefind-slim.ts).
import { globSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/search/integration/pagefind.ts';
import { type Cbor, decodeCbor, encodeCbor, readPagefindFile } from '../../src/search/integration/pagefind-scrub.ts';
import { CAPS, describeCaps, readPlaces, slimWord, weightiest, wire, writePlaces } from '../../src/search/integration/pagefind-slim.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

// As Pagefind 1.6 wrote "apple" of <h1>apple one</h1><p>two apple three four apple five six seven eight apple</p>
// <p data-pagefind-weight="3">apple nine</p><p data-pagefind-weight="0.5">ten apple</p><p>eleven apple</p>.
const APPLE = [-13, 15, -25, 3, 3, 5, 6, -73, 12, -169, 0];

describe('a page’s places', () => {
  it('are read and written in Pagefind’s encoding: by weight, the first of each weight absolute, then steps', () => {
    expect(readPlaces(APPLE)).toEqual([
      { weight: 12, at: 15 },
      { weight: 24, at: 3 },
      { weight: 24, at: 6 },
      { weight: 24, at: 11 },
      { weight: 24, at: 17 },
      { weight: 72, at: 12 },
      { weight: 168, at: 0 },
    ]);
    expect(writePlaces(readPlaces(APPLE))).toEqual(APPLE);
  });

  it('keep the weightiest first: the heading, then the keyword, then the text in order', () => {
    expect(readPlaces(weightiest(APPLE, 1))).toEqual([{ weight: 168, at: 0 }]);
    expect(readPlaces(weightiest(APPLE, 4))).toEqual([
      { weight: 24, at: 3 },
      { weight: 24, at: 6 },
      { weight: 72, at: 12 },
      { weight: 168, at: 0 },
    ]);
    expect(weightiest(APPLE, 7)).toBe(APPLE);
    expect(readPlaces(weightiest(APPLE, 9, 25))).toEqual([{ weight: 72, at: 12 }, { weight: 168, at: 0 }]);
  });
});

describe('a word too large for a first search', () => {
  const root = scratchDir('search-slim-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** As served: gzip at zlib's default level, which weighs no more than the fast level the budget is checked at. */
  const served = (b: Buffer) => gzipSync(b).length;

  /** Each word of a bundle, and each page's word count. */
  const read = (bundle: string) => {
    const [meta] = globSync('pagefind.*.pf_meta', { cwd: bundle }).map((f) => readPagefindFile(join(bundle, f)) as Cbor[][]);
    const words = new Map<string, Cbor[]>();
    for (const [, , hash] of meta![2] as string[][]) {
      for (const word of (readPagefindFile(join(bundle, 'index', `${hash}.pf_index`)) as Cbor[][][])[0]!) words.set(word[0] as string, word);
    }
    return { words, counts: (meta![1] as Cbor[][]).map(([, n]) => n as number) };
  };
  /** A word with each page's places cut as `cap` cuts them. */
  const capped = ([text, pages, ...tail]: Cbor[], [floor, k]: readonly [number, number]) =>
    [text!, (pages as Cbor[][]).map(([d, places, m]) => [d!, weightiest(places as number[], k, floor), m!]), ...tail] as Cbor[];
  const pagesOf = (word: Cbor[]) => (word[1] as Cbor[][]).map(([d]) => d);

  const BUDGET = 220;
  it('keeps every page that holds it, with the most places that fit the budget on the wire', async () => {
    for (const [out, wordBytes] of [[join(root, 'whole'), 1_000_000], [join(root, 'slim'), BUDGET]] as const) {
      for (let i = 0; i < 200; i++) {
        mkdirSync(join(out, `p${i}`), { recursive: true });
        const text = `<p>${'培训补贴和培训计划。'.repeat(1 + (i % 7))}</p>${i % 16 ? '' : '<p data-pagefind-weight="3">培训</p>'}`;
        writeFileSync(join(out, `p${i}`, 'index.html'), `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><h1>第${i}号 ${i % 10 ? '项目' : '培训'}</h1>${text}<p>稀有${i}</p></main></body></html>`);
      }
      await writeSearchIndex(out, { wordBytes });
    }
    const whole = read(join(root, 'whole', 'pagefind'));
    const slim = read(join(root, 'slim', 'pagefind'));
    const before = whole.words.get('培训')!;
    const after = slim.words.get('培训')!;
    expect(wire(encodeCbor(before))).toBeGreaterThan(BUDGET);
    expect(wire(encodeCbor(after))).toBeLessThanOrEqual(BUDGET);
    expect(served(encodeCbor(after))).toBeLessThanOrEqual(wire(encodeCbor(after)));
    // The same pages, each with the places of the first cap that fits; the cap before it would not have.
    expect(pagesOf(after)).toEqual(pagesOf(before));
    const used = CAPS.findIndex((cap) => JSON.stringify(capped(before, cap)) === JSON.stringify(after));
    expect(used).toBeGreaterThan(0);
    expect(wire(encodeCbor(capped(before, CAPS[used - 1]!)))).toBeGreaterThan(BUDGET);
    expect(slimWord(encodeCbor(before), BUDGET)).toEqual(encodeCbor(after));
    // Words that fit are left as Pagefind wrote them.
    for (const word of ['补贴', '稀有1', '项目']) expect(slim.words.get(word)).toEqual(whole.words.get(word));
    // Every page keeps its word count.
    expect(slim.counts).toEqual(whole.counts);
  });

  it('when one place a page is too many, keeps the places of its title and keywords, then its title’s, then none', () => {
    const before = read(join(root, 'whole', 'pagefind')).words.get('培训')!;
    const onePlace = wire(encodeCbor(capped(before, [0, 1])));
    const tight = decodeCbor(slimWord(encodeCbor(before), onePlace - 1)) as Cbor[];
    expect(pagesOf(tight)).toEqual(pagesOf(before));
    const kept = (tight[1] as Cbor[][]).map(([, places]) => readPlaces(places as number[]));
    expect(kept.every((p) => p.length <= 1 && p.every((x) => x.weight > 24))).toBe(true);
    // The headings of every tenth page and the keywords of every sixteenth.
    expect(kept.filter((p) => p.length > 0)).toHaveLength(30);
    const titles = decodeCbor(slimWord(encodeCbor(before), wire(encodeCbor(capped(before, [25, 1]))) - 1)) as Cbor[];
    const titled = (titles[1] as Cbor[][]).map(([, places]) => readPlaces(places as number[])).filter((p) => p.length > 0);
    expect(titled).toHaveLength(20);
    expect(titled.every((p) => p.length === 1 && p[0]!.weight === 168)).toBe(true);
    const tally: number[] = [];
    const none = decodeCbor(slimWord(encodeCbor(before), 10, tally)) as Cbor[];
    slimWord(encodeCbor(before), onePlace - 1, tally);
    slimWord(encodeCbor(before), 1_000_000, tally);
    expect(describeCaps(tally)).toBe('2 common word(s) capped (1 to one above the text, 1 to none)');
    expect(describeCaps([])).toBe('no word capped');
    expect(pagesOf(none)).toEqual(pagesOf(before));
    expect((none[1] as Cbor[][]).every(([, places]) => (places as number[]).length === 0)).toBe(true);
  });
});
