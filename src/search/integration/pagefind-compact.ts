/**
 * What a first search loads, made small, as soon as Pagefind has written its bundles:
 *
 * - **Short page ids.** The metadata, loaded whole, lists one id per page — ten characters of digest — and one number
 *   per page for the date sort: at 10,000 entries 98 kB of a 286 kB first search. An id that holds the page's date
 *   rank and origin (PAGE_ID in src/search/shards.ts; 4–6 characters that compress well) replaces both: the date
 *   sort is dropped, and the search page sorts and tells samples apart from the ids (src/search/island/search-parts.ts).
 *   The fragments are renamed with their pages. A name now stands for a place, not a content, so the next full index
 *   may give it to another page: /pagefind/ is served to be revalidated (src/lib/deploy/nginx.ts).
 * - **One bundle.** A large site is indexed in parts, for Pagefind's memory (src/search/integration/pagefind.ts); searched
 *   as parts, each adds its own metadata and, for every word, its own chunk of the word index — thirteen chunks at
 *   50,000 entries where one would do. So the parts are merged into one bundle, as Pagefind would have written the
 *   whole site: pages numbered part after part, each word's entries joined (only the first page number of each part
 *   is written again; the rest are copied as bytes), the chunks cut anew, the filters' values joined.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ORIGIN } from '../state.ts';
import { pageId, type PageOrigin } from '../shards.ts';
import { type Bundle, type Cbor, cborHead, Cursor, openBundle, readPagefindFile, SIGNATURE, writeNamed, writeRawNamed } from './pagefind-scrub.ts';
import { slimChunk, slimWord, WORD_WIRE_BYTES } from './pagefind-slim.ts';

/** The sort the ids carry, which the metadata no longer holds. */
const DATE_SORT = 'date';
/** A word-index chunk is closed once it holds this many bytes (before gzip), about where Pagefind 1.6 closes its own. */
const CHUNK_BYTES = 45_000;

/** Each page's date rank in its bundle (oldest first; -1 without a date) and its origin. */
function pageFacts(bundle: string, meta: Cbor[]): { rank: number[]; origin: PageOrigin[] } {
  const count = (meta[1] as Cbor[]).length;
  const rank = new Array<number>(count).fill(-1);
  ((meta[4] as [string, number[]][]).find(([name]) => name === DATE_SORT)?.[1] ?? []).forEach((page, r) => (rank[page] = r));
  const origin = new Array<PageOrigin>(count).fill('other');
  const filter = (meta[3] as [string, string][]).find(([name]) => name === ORIGIN.key);
  if (filter) {
    const [, values] = readPagefindFile(join(bundle, 'filter', `${filter[1]}.pf_filter`)) as [string, [string, number[]][]];
    for (const [value, on] of values) {
      const kind: PageOrigin | undefined = value === ORIGIN.official ? 'official' : value === ORIGIN.sample ? 'sample' : undefined;
      if (kind) for (const p of on) origin[p] = kind;
    }
  }
  return { rank, origin };
}

/** The bundle's one language: the site is in Chinese only. */
function single(bundle: string): Bundle {
  const languages = openBundle(bundle);
  if (languages.length !== 1) throw new Error(`${bundle}: expected one language, found ${languages.length}`);
  return languages[0]!;
}

const writeMeta = (b: Bundle, dir: string, meta: Cbor[], pageCount: number) => {
  b.entry.languages[b.code]!.hash = writeNamed(dir, b.prefix, meta, (h) => `pagefind.${h}.pf_meta`);
  if (b.entry.languages[b.code]!.page_count !== undefined) b.entry.languages[b.code]!.page_count = pageCount;
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(b.entry));
};

/** Gives the pages of the bundle at `bundle` short ids tagged `tag`, caps the places of
 * words beyond `wordBytes` (src/search/integration/pagefind-slim.ts) and rewrites its metadata without the date sort.
 * Returns how many words each cap took. */
export function compactBundle(bundle: string, tag: string, wordBytes = WORD_WIRE_BYTES): number[] {
  const tally: number[] = [];
  const b = single(bundle);
  const pages = b.meta[1] as Cbor[][];
  const { rank, origin } = pageFacts(bundle, b.meta);
  let next = rank.filter((r) => r >= 0).length;
  pages.forEach((page, i) => {
    // A page without a date (the patch's ballast) ranks after every dated one.
    const id = pageId(tag, origin[i]!, rank[i]! >= 0 ? rank[i]! : next++);
    renameSync(join(bundle, 'fragment', `${page[0] as string}.pf_fragment`), join(bundle, 'fragment', `${id}.pf_fragment`));
    page[0] = id;
  });
  for (const chunk of b.meta[2] as Cbor[][]) {
    const file = join(bundle, 'index', `${chunk[2] as string}.pf_index`);
    const served = readFileSync(file);
    // A chunk that fits on the wire holds no word that does not.
    if (served.length <= wordBytes) continue;
    const slimmed = slimChunk(gunzipSync(served).subarray(SIGNATURE.length), wordBytes, tally);
    if (!slimmed) continue;
    rmSync(file);
    chunk[2] = writeRawNamed(join(bundle, 'index'), b.prefix, slimmed, (h) => `${h}.pf_index`);
  }
  b.meta[4] = (b.meta[4] as [string, number[]][]).filter(([name]) => name !== DATE_SORT);
  rmSync(b.metaFile);
  writeMeta(b, bundle, b.meta, pages.length);
  return tally;
}

/** One word of a chunk: its text, and its entries with the first page number read out and the rest as bytes. */
interface WordRun {
  key: Buffer;
  fields: number;
  text: Buffer;
  count: number;
  first: { items: number; page: number; rest: Buffer };
  others: Buffer;
  last: number;
  tail: Buffer;
}

/** The words of a bundle's word index, chunk after chunk, in Pagefind's order (by their UTF-8 bytes). */
function* wordRuns(bundle: string, chunks: Cbor[][]): Generator<WordRun> {
  for (const chunk of chunks) {
    const buf = gunzipSync(readFileSync(join(bundle, 'index', `${chunk[2] as string}.pf_index`))).subarray(SIGNATURE.length);
    const c = new Cursor(buf);
    c.head();
    const [, words] = c.head();
    for (let w = 0; w < words; w++) {
      const [, fields] = c.head();
      const textStart = c.at;
      const [, length] = c.head();
      const key = buf.subarray(c.at, (c.at += length));
      const text = buf.subarray(textStart, c.at);
      const [, count] = c.head();
      let page = 0;
      let first: WordRun['first'] | undefined;
      let othersStart = c.at;
      for (let i = 0; i < count; i++) {
        const [, items] = c.head();
        page += c.head()[1];
        const restStart = c.at;
        for (let j = 1; j < items; j++) c.skip();
        if (i === 0) {
          first = { items, page, rest: buf.subarray(restStart, c.at) };
          othersStart = c.at;
        }
      }
      const others = buf.subarray(othersStart, c.at);
      const tailStart = c.at;
      for (let f = 2; f < fields; f++) c.skip();
      yield { key, fields, text, count, first: first!, others, last: page, tail: buf.subarray(tailStart, c.at) };
    }
  }
}

/** Pagefind's chunk bounds: each pair of neighbours cut to one character past their common prefix. */
function chunkBounds(words: [string, string][]): [string, string][] {
  const bounds = words.map(([from, to]) => [from, to] as [string, string]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = [...bounds[i]![1]];
    const b = [...bounds[i + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    bounds[i]![1] = a.slice(0, common + 1).join('');
    bounds[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return bounds;
}

/**
 * Merges the bundles `parts` (written by Pagefind, in the order they were dealt: src/search/integration/pagefind.ts) into
 * one at `out`, with short ids: a page's date rank over the whole site follows from its rank in its part, as the
 * parts were dealt — of every K pages in a row by date, the newest to the first part.
 */
export function mergeBundles(parts: string[], out: string, wordBytes = WORD_WIRE_BYTES): number[] {
  if (parts.length === 1) {
    renameSync(parts[0]!, out);
    return compactBundle(out, '0', wordBytes);
  }
  const tally: number[] = [];
  const bundles = parts.map(single);
  const first = bundles[0]!;
  mkdirSync(join(out, 'fragment'), { recursive: true });
  mkdirSync(join(out, 'index'));
  mkdirSync(join(out, 'filter'));
  // Pagefind's scripts, WebAssembly and styles, as the first part has them.
  for (const name of readdirSync(parts[0]!)) {
    if (!/\.pf_meta$|^pagefind-entry\.json$|^(fragment|index|filter)$/.test(name)) cpSync(join(parts[0]!, name), join(out, name), { recursive: true });
  }

  const P = parts.length;
  const offsets: number[] = [];
  const pages: Cbor[][] = [];
  const dated = bundles.reduce((n, b, k) => n + pageFacts(parts[k]!, b.meta).rank.filter((r) => r >= 0).length, 0);
  let undated = dated;
  bundles.forEach((b, k) => {
    offsets.push(pages.length);
    const { rank, origin } = pageFacts(parts[k]!, b.meta);
    (b.meta[1] as Cbor[][]).forEach((page, i) => {
      const id = pageId('0', origin[i]!, rank[i]! >= 0 ? rank[i]! * P + (P - 1 - k) : undated++);
      renameSync(join(parts[k]!, 'fragment', `${page[0] as string}.pf_fragment`), join(out, 'fragment', `${id}.pf_fragment`));
      pages.push([id, ...page.slice(1)]);
    });
  });

  // The word index: the parts' words merged in order, each word's entries joined part after part.
  const runs = bundles.map((b, k) => wordRuns(parts[k]!, b.meta[2] as Cbor[][]));
  const heads = runs.map((r) => r.next());
  const chunks: Cbor[][] = [];
  let words: Buffer[] = [];
  let bytes = 0;
  let firstWord = '';
  let lastWord = '';
  const flush = () => {
    const hash = writeRawNamed(join(out, 'index'), first.prefix, Buffer.concat([cborHead(4, 1), cborHead(4, words.length), ...words]), (h) => `${h}.pf_index`);
    chunks.push([firstWord, lastWord, hash]);
    words = [];
    bytes = 0;
  };
  for (;;) {
    let key: Buffer | undefined;
    for (const h of heads) if (!h.done && (!key || Buffer.compare(h.value.key, key) < 0)) key = h.value.key;
    if (!key) break;
    const same: [number, WordRun][] = [];
    heads.forEach((h, k) => {
      if (!h.done && h.value.key.equals(key)) {
        same.push([k, h.value]);
        heads[k] = runs[k]!.next();
      }
    });
    const [, one] = same[0]!;
    const joined: Buffer[] = [cborHead(4, one.fields), one.text, cborHead(4, same.reduce((n, [, r]) => n + r.count, 0))];
    let previous = 0;
    for (const [k, r] of same) {
      const page = offsets[k]! + r.first.page;
      joined.push(cborHead(4, r.first.items), cborHead(0, page - previous), r.first.rest, r.others);
      previous = offsets[k]! + r.last;
    }
    joined.push(one.tail);
    const word = slimWord(Buffer.concat(joined), wordBytes, tally);
    if (!words.length) firstWord = key.toString('utf8');
    lastWord = key.toString('utf8');
    words.push(word);
    bytes += word.length;
    if (bytes >= CHUNK_BYTES) flush();
  }
  if (words.length) flush();
  chunkBounds(chunks.map((c) => [c[0] as string, c[1] as string])).forEach(([from, to], i) => {
    chunks[i]![0] = from;
    chunks[i]![1] = to;
  });

  // The filters: each value's pages, part after part.
  const values = new Map<string, Map<string, number[]>>();
  bundles.forEach((b, k) => {
    for (const [name, hash] of b.meta[3] as [string, string][]) {
      const [, vs] = readPagefindFile(join(parts[k]!, 'filter', `${hash}.pf_filter`)) as [string, [string, number[]][]];
      const byValue = values.get(name) ?? new Map<string, number[]>();
      values.set(name, byValue);
      for (const [value, on] of vs) byValue.set(value, [...(byValue.get(value) ?? []), ...on.map((p) => p + offsets[k]!)]);
    }
  });
  const filters = [...values].map(([name, byValue]) => [name, writeNamed(join(out, 'filter'), first.prefix, [name, [...byValue]], (h) => `${h}.pf_filter`)]);

  const others = bundles.flatMap((b) => (b.meta[4] as [string][]).map(([name]) => name)).filter((name) => name !== DATE_SORT);
  if (others.length) throw new Error(`the parts sort by ${others.join(', ')}, which a merged index cannot order`);
  const keys = [...new Set(bundles.flatMap((b) => b.meta[5] as string[]))];
  writeMeta(first, out, [first.meta[0]!, pages, chunks, filters, [], keys], pages.length);
  for (const part of parts) rmSync(part, { recursive: true, force: true });
  return tally;
}
