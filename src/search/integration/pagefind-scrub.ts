/**
 * Takes pages out of a Pagefind bundle that was written before they changed or went away, so that no byte of them
 * stays on the server: their fragments are deleted, and their entries in the word index and the filters are taken
 * out of every chunk that held one — a word or a filter value only they had goes with them. The chunks that change
 * get new names, and so do the metadata and the entry file that list them, as Pagefind names its own (a cache or
 * CDN that kept the old file never serves it for the new name).
 *
 * The metadata keeps a removed page's slot (its id and word count): the word index and the filters refer to pages
 * by their place in that list, and every other page must keep its place. The search page drops those ids from every
 * answer (src/search/island/search-parts.ts); an id is a digest of the old page, not its text.
 *
 * Pagefind's files are gzip of "pagefind_dcd" and CBOR (Pagefind 1.6; the format is pinned by the base's version,
 * src/search/integration/search-patch.ts):
 *   pagefind.<hash>.pf_meta  [version, pages: [[id, words, …]], chunks: [[from, to, hash]], filters: [[name, hash]], sorts, meta keys]
 *   index/<hash>.pf_index    [words: [[word, pages: [[page delta, locations, meta locations]], …]]]
 *   filter/<hash>.pf_filter  [name, values: [[value, pages: [page, …]]]]
 * A word's pages are numbered from the previous one (the first from 0); a filter value's pages are plain numbers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export type Cbor = number | string | boolean | null | Uint8Array | Cbor[];

export const SIGNATURE = 'pagefind_dcd';

/** The CBOR Pagefind writes: unsigned and negative integers, byte and text strings, arrays, simple values. */
export function decodeCbor(buf: Buffer): Cbor {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`CBOR: unexpected length ${info} at ${at}`);
    const value = size === 8 ? Number(buf.readBigUInt64BE(at)) : buf.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): Cbor => {
    const head = buf[at++]!;
    const [major, info] = [head >> 5, head & 31];
    if (major === 4 && info === 31) {
      const items: Cbor[] = [];
      while (buf[at] !== 0xff) items.push(item());
      at++;
      return items;
    }
    if (major === 7) {
      const simple = new Map<number, Cbor>([[20, false], [21, true], [22, null]]);
      if (!simple.has(info)) throw new Error(`CBOR: unexpected simple value ${info} at ${at}`);
      return simple.get(info)!;
    }
    const n = length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return Uint8Array.from(buf.subarray(at, (at += n)));
      case 3: return buf.toString('utf8', at, (at += n));
      case 4: return Array.from({ length: n }, item);
      default: throw new Error(`CBOR: unexpected major type ${major} at ${at}`);
    }
  };
  const value = item();
  if (at !== buf.length) throw new Error(`CBOR: ${buf.length - at} bytes after the value`);
  return value;
}

/** The head of a CBOR item: its major type and its length or value, in as few bytes as the value needs (as
 * Pagefind's encoder writes it). */
export function cborHead(major: number, n: number): Buffer {
  const m = major << 5;
  if (n < 24) return Buffer.from([m | n]);
  if (n < 0x100) return Buffer.from([m | 24, n]);
  if (n < 0x10000) return Buffer.from([m | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(n < 0x100000000 ? 5 : 9);
  b[0] = m | (n < 0x100000000 ? 26 : 27);
  if (n < 0x100000000) b.writeUInt32BE(n, 1);
  else b.writeBigUInt64BE(BigInt(n), 1);
  return b;
}

export function encodeCbor(value: Cbor): Buffer {
  const out: Buffer[] = [];
  const item = (v: Cbor) => {
    if (typeof v === 'number') out.push(cborHead(v < 0 ? 1 : 0, v < 0 ? -1 - v : v));
    else if (typeof v === 'string') {
      const bytes = Buffer.from(v, 'utf8');
      out.push(cborHead(3, bytes.length), bytes);
    } else if (v instanceof Uint8Array) out.push(cborHead(2, v.length), Buffer.from(v));
    else if (Array.isArray(v)) {
      out.push(cborHead(4, v.length));
      v.forEach(item);
    } else out.push(Buffer.from([v === null ? 0xf6 : v ? 0xf5 : 0xf4]));
  };
  item(value);
  return Buffer.concat(out);
}

/** Reads CBOR heads in place, for the word index: most of a chunk's words are copied as bytes, unread. */
export class Cursor {
  at = 0;
  // A plain field: the worker threads that write the parts run this file with Node's type stripping.
  readonly buf: Buffer;
  constructor(buf: Buffer) {
    this.buf = buf;
  }
  /** The next item's major type and its length or value. */
  head(): [number, number] {
    const b = this.buf[this.at++]!;
    const info = b & 31;
    if (info < 24) return [b >> 5, info];
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`CBOR: unexpected length ${info} at ${this.at}`);
    const value = size === 8 ? Number(this.buf.readBigUInt64BE(this.at)) : this.buf.readUIntBE(this.at, size);
    this.at += size;
    return [b >> 5, value];
  }
  skip(): void {
    const [major, n] = this.head();
    if (major === 2 || major === 3) this.at += n;
    else if (major === 4) for (let i = 0; i < n; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * n; i++) this.skip();
  }
}

export const readPagefindFile = (file: string): Cbor => decodeCbor(gunzipSync(readFileSync(file)).subarray(SIGNATURE.length));

/** Writes `value` under a name made from its content, as Pagefind names its files ("zh-cn_" and hex), and returns
 * the name. */
export function writeRawNamed(dir: string, language: string, cbor: Buffer, name: (hash: string) => string): string {
  const bytes = gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]));
  const hash = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 7)}`;
  writeFileSync(join(dir, name(hash)), bytes);
  return hash;
}
export const writeNamed = (dir: string, language: string, value: Cbor, name: (hash: string) => string) => writeRawNamed(dir, language, encodeCbor(value), name);

/** A page of another bundle, as the word index holds it: its word count and, for each word, the rest of its
 * entry (locations, meta locations). */
export interface StandIn {
  words: number;
  postings: Map<string, Cbor[]>;
}

/**
 * A word-index chunk (CBOR, without Pagefind's signature) less the pages `gone` and with the stand-ins' entries
 * (word → [page, rest of entry]), or undefined when it holds none of either. Words it leaves alone are copied as
 * bytes: a 10,000-page site's index is tens of megabytes, and a change touches a few of its words.
 */
export function rebalanceChunk(buf: Buffer, gone: Set<number>, added: Map<string, [number, Cbor[]][]>): Buffer | undefined {
  const c = new Cursor(buf);
  c.head(); // [words]
  const [, count] = c.head();
  const kept: Buffer[] = [];
  let changed = false;
  for (let w = 0; w < count; w++) {
    const start = c.at;
    const [, fields] = c.head();
    const textStart = c.at;
    const [, length] = c.head();
    const word = buf.toString('utf8', c.at, (c.at += length));
    const textEnd = c.at;
    const [, pages] = c.head();
    // Each entry as its page and the bytes after its page number (its locations), copied as they are.
    const entries: { page: number; items: number; rest: Buffer }[] = [];
    let page = 0;
    const adding = added.get(word);
    let touches = adding !== undefined;
    for (let i = 0; i < pages; i++) {
      const [, items] = c.head();
      page += c.head()[1];
      const restStart = c.at;
      for (let j = 1; j < items; j++) c.skip();
      if (gone.has(page)) touches = true;
      else entries.push({ page, items, rest: buf.subarray(restStart, c.at) });
    }
    const tailStart = c.at;
    for (let f = 2; f < fields; f++) c.skip();
    if (!touches) {
      kept.push(buf.subarray(start, c.at));
      continue;
    }
    changed = true;
    for (const [p, rest] of adding ?? []) entries.push({ page: p, items: 1 + rest.length, rest: Buffer.concat(rest.map(encodeCbor)) });
    if (!entries.length) continue;
    entries.sort((a, b) => a.page - b.page);
    let previous = 0;
    const out = [cborHead(4, fields), buf.subarray(textStart, textEnd), cborHead(4, entries.length)];
    for (const e of entries) {
      out.push(cborHead(4, e.items), cborHead(0, e.page - previous), e.rest);
      previous = e.page;
    }
    out.push(buf.subarray(tailStart, c.at));
    kept.push(Buffer.concat(out));
  }
  return changed ? Buffer.concat([cborHead(4, 1), cborHead(4, kept.length), ...kept]) : undefined;
}

export interface Bundle {
  entryFile: string;
  entry: { languages: Record<string, { hash: string; page_count?: number }> };
  code: string;
  metaFile: string;
  meta: Cbor[];
  prefix: string;
}

/** A bundle's entry file and, per language, its metadata. */
export function openBundle(bundle: string): Bundle[] {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Bundle['entry'];
  return Object.entries(entry.languages).map(([code, language]) => {
    const metaFile = join(bundle, `pagefind.${language.hash}.pf_meta`);
    return { entryFile, entry, code, metaFile, meta: readPagefindFile(metaFile) as Cbor[], prefix: language.hash.replace(/_[^_]*$/, '') };
  });
}

/** The pages with the given ids in the bundle at `bundle`, as stand-ins for another bundle's statistics. */
export function standIns(bundle: string, ids: Iterable<string>): StandIn[] {
  const wanted = new Set(ids);
  return openBundle(bundle).flatMap(({ meta }) => {
    const pages = meta[1] as Cbor[][];
    const mine = new Map<number, StandIn>();
    pages.forEach((p, i) => {
      if (wanted.has(p[0] as string)) mine.set(i, { words: p[1] as number, postings: new Map() });
    });
    for (const chunk of meta[2] as Cbor[][]) {
      const [words] = readPagefindFile(join(bundle, 'index', `${chunk[2] as string}.pf_index`)) as Cbor[][][];
      for (const [word, wordPages] of words!) {
        let page = 0;
        for (const [delta, ...rest] of wordPages as Cbor[][]) {
          page += delta as number;
          mine.get(page)?.postings.set(word as string, rest);
        }
      }
    }
    return [...mine.values()];
  });
}

/**
 * Takes the pages with the ids `gone` out of the bundle at `bundle` (a folder with pagefind-entry.json) and counts
 * `added` pages of another bundle (the patch's) in its statistics: each takes a removed page's slot, or a new one at
 * the end, with its word count, and its entries under the words this bundle already holds — no word of its own, and
 * no filter or sort key, so no search finds it for anything it says alone. Pagefind weighs a word by how many of a
 * bundle's pages hold it among how many pages there are: counted so, the bundle weighs words as an index of the whole
 * site written afresh does, and its scores compare with the patch's. Returns the ids of the slots added, which the
 * search page drops like the removed pages'.
 */
export function rebalance(bundle: string, ids: Iterable<string>, added: StandIn[] = []): string[] {
  const wanted = new Set(ids);
  const slotIds: string[] = [];
  for (const { entryFile, entry, code, metaFile, meta, prefix } of openBundle(bundle)) {
    const pages = meta[1] as Cbor[][];
    const goneSlots = pages.flatMap((p, i) => (wanted.has(p[0] as string) ? [i] : []));
    const gone = new Set(goneSlots);
    if (!gone.size && !added.length) continue;
    // The stand-ins take the removed pages' slots first.
    const slots = added.map((standIn, n) => {
      const slot = n < goneSlots.length ? goneSlots[n]! : pages.length;
      if (slot === pages.length) {
        const id = `${prefix}_s${createHash('sha256').update(`${meta[0] as string}${slot}${pages.length}`).digest('hex').slice(0, 7)}`;
        pages.push([id, standIn.words, ...pages[0]!.slice(2).map(() => '')]);
        slotIds.push(id);
      } else pages[slot]![1] = standIn.words;
      return slot;
    });
    const byWord = new Map<string, [number, Cbor[]][]>();
    added.forEach((standIn, n) => {
      for (const [word, rest] of standIn.postings) byWord.set(word, [...(byWord.get(word) ?? []), [slots[n]!, rest]]);
    });
    const rewrite = (folder: string, extension: string, hash: string, change: (value: Cbor[]) => Cbor[] | undefined) => {
      const file = join(bundle, folder, `${hash}.${extension}`);
      const value = change(readPagefindFile(file) as Cbor[]);
      if (!value) return hash;
      rmSync(file);
      return writeNamed(join(bundle, folder), prefix, value, (h) => `${h}.${extension}`);
    };
    for (const chunk of meta[2] as Cbor[][]) {
      const file = join(bundle, 'index', `${chunk[2] as string}.pf_index`);
      const rewritten = rebalanceChunk(gunzipSync(readFileSync(file)).subarray(SIGNATURE.length), gone, byWord);
      if (!rewritten) continue;
      rmSync(file);
      chunk[2] = writeRawNamed(join(bundle, 'index'), prefix, rewritten, (h) => `${h}.pf_index`);
    }
    for (const filter of meta[3] as Cbor[][]) {
      filter[1] = rewrite('filter', 'pf_filter', filter[1] as string, ([name, values]) => {
        const before = values as Cbor[][];
        const after = before.map(([value, on]): [Cbor, number[]] => [value!, (on as number[]).filter((p) => !gone.has(p))]).filter((v) => v[1].length > 0);
        const changed = after.length !== before.length || after.some((v, i) => v[1].length !== (before[i]![1] as Cbor[]).length);
        return changed ? [name!, after] : undefined;
      });
    }
    for (const i of gone) {
      const fragment = join(bundle, 'fragment', `${pages[i]![0] as string}.pf_fragment`);
      if (existsSync(fragment)) rmSync(fragment);
    }
    rmSync(metaFile);
    entry.languages[code]!.hash = writeNamed(bundle, prefix, meta, (h) => `pagefind.${h}.pf_meta`);
    if (entry.languages[code]!.page_count !== undefined) entry.languages[code]!.page_count = pages.length;
    writeFileSync(entryFile, JSON.stringify(entry));
  }
  return slotIds;
}
