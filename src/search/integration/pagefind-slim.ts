/**
 * What a first search loads on a large site, held within a phone's budget (docs/developers/search.md):
 *
 * - **A word's places are capped by its size.** Pagefind loads a word's entries whole: every page that holds it,
 *   with every place it stands on the page. A word on nearly every page (培训, 创业, 就业) is then most of a first
 *   search — 320 kB on the wire at 50,000 pages. Ranking reads a page's places as a weighted count, and a word that
 *   common weighs almost nothing against the other words of a query; its places also set the excerpt, and exact
 *   phrases are matched from them. So a word whose entries outgrow WORD_WIRE_BYTES (gzip, as served) keeps fewer
 *   places on each page, the fewest that must go: its four weightiest (a title's before a keyword's before the
 *   text's; the first of equal weight), then two, then one; then only a place weightier than the text (title,
 *   headings, keywords); then only the title's; then none. Every page that holds the word still holds it: it finds the same pages, and
 *   the pages whose title or keywords hold it still lead. What is lost, on a large site only, is the phrases that
 *   use such a word beyond its first places on a page: those pages are found by their words, not listed among the
 *   exact hits.
 *
 * Pagefind's entries (Pagefind 1.6): a word is [text, pages, tail]; a page [page delta, places, meta places]; its
 * places are grouped by weight, each group a marker −(weight + 1) (weight in 24ths) and its positions, the first
 * absolute and the rest each from the one before.
 */
import { gzipSync } from 'node:zlib';
import { cborHead, Cursor } from './pagefind-scrub.ts';

/** A word's entries on the wire (gzip) beyond which its places are capped. */
export const WORD_WIRE_BYTES = 40_000;

/** Pagefind's weight of plain text (1, in 24ths): places above it are a title's, a heading's or a keyword's. */
const TEXT_WEIGHT = 24;
/** Pagefind's weight of a page's h1, its title (7). */
const TITLE_WEIGHT = 168;

interface Place {
  weight: number;
  at: number;
}

/** A page's places, as Pagefind encodes them. */
export function readPlaces(encoded: number[]): Place[] {
  const places: Place[] = [];
  let weight = TEXT_WEIGHT;
  let at = 0;
  let first = true;
  for (const n of encoded) {
    if (n < 0) {
      weight = -n - 1;
      first = true;
    } else {
      at = first ? n : at + n;
      first = false;
      places.push({ weight, at });
    }
  }
  return places;
}

export function writePlaces(places: Place[]): number[] {
  const sorted = [...places].sort((a, b) => a.weight - b.weight || a.at - b.at);
  const out: number[] = [];
  let weight = -1;
  let at = 0;
  for (const p of sorted) {
    if (p.weight !== weight) {
      out.push(-p.weight - 1, p.at);
      weight = p.weight;
    } else out.push(p.at - at);
    at = p.at;
  }
  return out;
}

/** Places by how much they count: the weightiest first, the first of equal weight. */
const byWeight = (a: Place, b: Place) => b.weight - a.weight || a.at - b.at;

/** The `k` weightiest places of a page, of those weighing at least `floor`, in Pagefind's encoding. */
export function weightiest(encoded: number[], k: number, floor = 0): number[] {
  const places = readPlaces(encoded);
  if (places.length <= k && floor === 0) return encoded;
  return writePlaces(places.sort(byWeight).filter((p) => p.weight >= floor).slice(0, k));
}

/** How much of each page's places a capped word keeps, most first: [at least this weight, at most this many]. */
export const CAPS: readonly (readonly [floor: number, k: number])[] = [
  [0, 4],
  [0, 2],
  [0, 1],
  [TEXT_WEIGHT + 1, 1],
  [TITLE_WEIGHT, 1],
  [Infinity, 0],
];

/**
 * A word's pages read for cutting: each page's places in flat arrays, weightiest first (Pagefind writes a page's
 * groups lightest first, each group's positions in order, so reading the groups backwards orders them), and the
 * rest of each entry as a span of the word's bytes. Flat arrays and no object per place: a common word of a site of
 * 50,000 pages has some 300,000 places.
 */
interface ParsedWord {
  bytes: Buffer;
  /** The word's fields and text, up to its pages. */
  headEnd: number;
  tailStart: number;
  items: number[];
  delta: number[];
  /** Page i's places are weights/ats[first[i] … first[i + 1]). */
  first: number[];
  weights: number[];
  ats: number[];
  restStart: number[];
  restEnd: number[];
}

function parseWord(bytes: Buffer): ParsedWord {
  const c = new Cursor(bytes);
  c.head(); // the word's fields
  const [, textLength] = c.head();
  c.at += textLength; // past its text
  const headEnd = c.at;
  const [, count] = c.head();
  const word: ParsedWord = { bytes, headEnd, tailStart: 0, items: [], delta: [], first: [], weights: [], ats: [], restStart: [], restEnd: [] };
  const groupW: number[] = [];
  const groupStart: number[] = [];
  const pos: number[] = [];
  for (let i = 0; i < count; i++) {
    word.items.push(c.head()[1]);
    word.delta.push(c.head()[1]);
    const [, n] = c.head();
    groupW.length = groupStart.length = pos.length = 0;
    let weight = TEXT_WEIGHT;
    let fresh = true;
    for (let j = 0; j < n; j++) {
      const [major, v] = c.head();
      if (major === 1) {
        weight = v;
        fresh = true;
        continue;
      }
      if (fresh || !groupW.length || groupW.at(-1) !== weight) {
        groupW.push(weight);
        groupStart.push(pos.length);
        pos.push(v);
      } else pos.push(pos.at(-1)! + v);
      fresh = false;
    }
    word.first.push(word.weights.length);
    // The groups backwards: weightiest first (a page whose groups are not in Pagefind's order is sorted).
    const ordered = groupW.every((w, g) => g === 0 || groupW[g - 1]! < w);
    const order = groupW.map((_, g) => g).sort((a, b) => (ordered ? b - a : groupW[b]! - groupW[a]!));
    for (const g of order) {
      const end = g + 1 < groupStart.length ? groupStart[g + 1]! : pos.length;
      const from = word.ats.length;
      for (let x = groupStart[g]!; x < end; x++) {
        word.weights.push(groupW[g]!);
        word.ats.push(pos[x]!);
      }
      if (!ordered) {
        // Equal weights in two groups: one group, positions in order.
        const merged = word.ats.slice(from).sort((a, b) => a - b);
        word.ats.splice(from, merged.length, ...merged);
      }
    }
    word.restStart.push(c.at);
    for (let j = 2; j < word.items.at(-1)!; j++) c.skip();
    word.restEnd.push(c.at);
  }
  word.first.push(word.weights.length);
  word.tailStart = c.at;
  return word;
}

/** CBOR written into one growing buffer: a word of 50,000 pages is hundreds of thousands of small items. */
class Writer {
  private buf: Buffer;
  private at = 0;
  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }
  private room(n: number) {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }
  head(major: number, n: number) {
    this.room(9);
    const m = major << 5;
    if (n < 24) this.buf[this.at++] = m | n;
    else if (n < 0x100) {
      this.buf[this.at++] = m | 24;
      this.buf[this.at++] = n;
    } else if (n < 0x10000) {
      this.buf[this.at++] = m | 25;
      this.at = this.buf.writeUInt16BE(n, this.at);
    } else {
      this.buf[this.at++] = m | 26;
      this.at = this.buf.writeUInt32BE(n, this.at);
    }
  }
  copy(from: Buffer, start: number, end: number) {
    this.room(end - start);
    this.at += from.copy(this.buf, this.at, start, end);
  }
  done(): Buffer {
    return this.buf.subarray(0, this.at);
  }
}

/** The word with each page's places cut to `cap`: the kept places are the first of the page's (weightiest first),
 * written lightest group first, as Pagefind writes them. */
function encodeWord(p: ParsedWord, [floor, k]: readonly [number, number]): Buffer {
  const { bytes, weights, ats } = p;
  const w = new Writer(bytes.length);
  w.copy(bytes, 0, p.headEnd);
  w.head(4, p.delta.length);
  for (let i = 0; i < p.delta.length; i++) {
    const s = p.first[i]!;
    const most = p.first[i + 1]! - s;
    let n = 0;
    while (n < most && n < k && weights[s + n]! >= floor) n++;
    let groups = 0;
    for (let x = 0; x < n; x++) if (x === 0 || weights[s + x] !== weights[s + x - 1]) groups++;
    w.head(4, p.items[i]!);
    w.head(0, p.delta[i]!);
    w.head(4, n + groups);
    for (let end = n; end > 0; ) {
      let start = end - 1;
      while (start > 0 && weights[s + start - 1] === weights[s + end - 1]) start--;
      // The marker −(weight + 1) is CBOR's negative integer of value `weight`.
      w.head(1, weights[s + start]!);
      for (let x = start; x < end; x++) w.head(0, x === start ? ats[s + x]! : ats[s + x]! - ats[s + x - 1]!);
      end = start;
    }
    w.copy(bytes, p.restStart[i]!, p.restEnd[i]!);
  }
  w.copy(bytes, p.tailStart, bytes.length);
  return w.done();
}

/** At most what a file of these bytes weighs on the wire: compressed at zlib's fastest level, a little larger than
 * the files are written (its default level), in a third of the time. */
export const wire = (bytes: Buffer) => gzipSync(bytes, { level: 1 }).length;

/**
 * A word of the index (its CBOR bytes) made to fit `budget` on the wire, or the word as it is when it fits: the
 * first of CAPS that fits, or the last. A candidate is compressed only when its size before gzip, at the word's own
 * ratio, could fit.
 */
export function slimWord(word: Buffer, budget = WORD_WIRE_BYTES, tally?: number[]): Buffer {
  if (word.length <= budget) return word;
  const whole = wire(word);
  if (whole <= budget) return word;
  const parsed = parseWord(word);
  const ratio = whole / word.length;
  const used = (i: number, bytes: Buffer) => {
    if (tally) tally[i] = (tally[i] ?? 0) + 1;
    return bytes;
  };
  for (const [i, cap] of CAPS.slice(0, -1).entries()) {
    const candidate = encodeWord(parsed, cap);
    // Estimated at the word's own ratio, a candidate well over the budget is not worth compressing to find out.
    if (candidate.length * ratio > 2 * budget) continue;
    if (wire(candidate) <= budget) return used(i, candidate);
  }
  return used(CAPS.length - 1, encodeWord(parsed, CAPS.at(-1)!));
}

/** How many words each cap took, as the build logs it: "41 words capped (12 to 4 places a page, …)". */
export function describeCaps(tally: number[]): string {
  const total = tally.reduce((a, b) => a + (b ?? 0), 0);
  if (!total) return 'no word capped';
  const what = ([floor, k]: readonly [number, number]) =>
    k === 0 ? 'none' : floor > TEXT_WEIGHT ? (floor >= TITLE_WEIGHT ? 'the title' : 'one above the text') : k === 1 ? 'one place a page' : `${k} places a page`;
  return `${total} common word(s) capped (${CAPS.flatMap((cap, i) => (tally[i] ? [`${tally[i]} to ${what(cap)}`] : [])).join(', ')})`;
}

/** A chunk of the word index (CBOR) with its words slimmed, or undefined when none needed it. */
export function slimChunk(chunk: Buffer, budget = WORD_WIRE_BYTES, tally?: number[]): Buffer | undefined {
  if (chunk.length <= budget) return undefined;
  const c = new Cursor(chunk);
  c.head();
  const [, count] = c.head();
  const words: Buffer[] = [];
  let changed = false;
  for (let w = 0; w < count; w++) {
    const start = c.at;
    c.skip();
    const word = chunk.subarray(start, c.at);
    const slimmed = slimWord(word, budget, tally);
    changed ||= slimmed !== word;
    words.push(slimmed);
  }
  return changed ? Buffer.concat([cborHead(4, 1), cborHead(4, count), ...words]) : undefined;
}
