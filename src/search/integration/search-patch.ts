/**
 * After a small change the search index is patched instead of written again: Pagefind indexes a site as a whole
 * (10,000 entries: about 35 s, a minute's target for publishing a change), but a change touches a few pages. The
 * last full index is kept in Astro's cache with what each page was (its HTML's digest, Pagefind's id, its part);
 * the next build copies it, indexes only the new and changed pages into /pagefind/patch/, and takes the changed and
 * removed pages out of the copy — their fragments, words and filter values (src/search/integration/pagefind-scrub.ts), so
 * that nothing they said stays on the server — while counting the patch's pages in its word statistics. It lists the
 * ids of the slots taken out or added, which the search page drops (src/search/island/search-parts.ts).
 *
 * A patch grows with each build until it passes PATCH_SHARE of the site; then the whole index is written again and
 * becomes the new base.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BALLAST, PAGE_ID, PATCH_BASE, SHARDS_FILE, shardBase, type SearchParts } from '../shards.ts';
import { bundleFragments, type IndexedPage, writeBundle } from './pagefind-bundle.ts';
import { compactBundle } from './pagefind-compact.ts';
import { rebalance, standIns } from './pagefind-scrub.ts';

/** Bumped when what the cache holds changes meaning. */
const FORMAT = 3;
/** A patch holds at most this share of the site's pages (changed and removed), and at least PATCH_MIN. */
export const PATCH_SHARE = 0.05;
export const PATCH_MIN = 50;
/**
 * Unchanged pages indexed with the patch for its statistics: Pagefind weighs a word by how rare it is among the
 * index's pages, and in an index of a few pages every word is common. 200 pages spread over the dates keep a common
 * word's weight within a percent or two of the whole site's; a word only a few pages hold weighs about half as much
 * as in a fresh index (ln(1 + 200/1.5) against ln(1 + 10,000/1.5)), which matters little: few pages compete for it.
 * They cost a first search bytes: at 10,000 entries the patch's metadata (2.6 kB for 200 pages) and one chunk of its
 * word index (about 20 kB, as large with 500 pages as with 200: Pagefind's chunk size, not the ballast, sets it).
 */
export const BALLAST_PAGES = 200;

interface BasePage {
  hash: string;
  id: string;
  /** What Pagefind holds of it (Fragment.record). */
  record: string;
  part: number;
  date: string;
}
export interface SearchBase {
  format: number;
  pagefind: string;
  parts: string[];
  pages: Record<string, BasePage>;
}

// The package's exports hide its package.json; its entry is lib/index.js.
const pagefindVersion = () =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** The cache of one output folder's last full index (builds of other folders keep their own). */
export function baseDir(cacheDir: string, outDir: string): string {
  return join(cacheDir, 'search-index', createHash('sha1').update(resolve(outDir)).digest('hex').slice(0, 12));
}

/** Keeps a full index just written into `outDir` as the base of the next builds' patches. */
export function saveBase(dir: string, outDir: string, shards: IndexedPage[][]): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(outDir, 'pagefind'), join(dir, 'pagefind'), { recursive: true });
  const pages: Record<string, BasePage> = {};
  for (const [part, shard] of shards.entries()) {
    const fragments = new Map(bundleFragments(join(outDir, shardBase(part))).map((f) => [f.url, f]));
    for (const p of shard) {
      const f = fragments.get(p.url);
      if (f) pages[p.url] = { hash: p.hash, id: f.id, record: f.record, part, date: p.date };
    }
  }
  const base: SearchBase = { format: FORMAT, pagefind: pagefindVersion(), parts: shards.map((_, i) => `/${shardBase(i)}/`), pages };
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
}

/** The kept base, if there is one this Pagefind wrote in this format. */
export function readBase(dir: string): SearchBase | undefined {
  const file = join(dir, 'base.json');
  if (!existsSync(file)) return undefined;
  const base = JSON.parse(readFileSync(file, 'utf8')) as SearchBase;
  return base.format === FORMAT && base.pagefind === pagefindVersion() ? base : undefined;
}

export interface PatchPlan {
  /** New pages, and pages whose HTML changed since the base (less those search reads the same, once indexed). */
  changed: IndexedPage[];
  unchanged: IndexedPage[];
  /** URLs of the base's pages that are changed or gone. */
  replaced: string[];
}

/** What a patch over `base` holds, or undefined when the site changed too much for one. */
export function patchPlan(base: SearchBase, pages: IndexedPage[]): PatchPlan | undefined {
  const changed = pages.filter((p) => base.pages[p.url]?.hash !== p.hash);
  const unchanged = pages.filter((p) => base.pages[p.url]?.hash === p.hash);
  const present = new Set(pages.map((p) => p.url));
  const removed = Object.keys(base.pages).filter((url) => !present.has(url));
  if (changed.length + removed.length > Math.max(PATCH_MIN, PATCH_SHARE * pages.length)) return undefined;
  return { changed, unchanged, replaced: [...changed.filter((p) => base.pages[p.url]).map((p) => p.url), ...removed] };
}

/** `n` of the pages, spread evenly over their dates. */
export function ballastOf(pages: IndexedPage[], n: number): IndexedPage[] {
  const sorted = [...pages].sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
  const step = sorted.length / Math.min(n, sorted.length);
  return Array.from({ length: Math.min(n, sorted.length) }, (_, i) => sorted[Math.floor(i * step)]!);
}

/** A page as ballast: its words only — no filters, no sort key — and marked so that every search leaves it out. */
export function asBallast(html: string): string {
  return html
    .replace(/\sdata-pagefind-(filter|sort)="[^"]*"/g, '')
    .replace(/\sdata-pagefind-body(?=[\s>])/, ` data-pagefind-body data-pagefind-filter="${BALLAST.key}:${BALLAST.yes}"`);
}

/** Where a page dated `date` falls in the first part's ascending date order: the rank its pages' ids carry. */
export function datePlace(base: SearchBase, date: string): number | null {
  if (!date) return null;
  return Object.values(base.pages).filter((p) => p.part === 0 && p.date && p.date < date).length;
}

/**
 * Indexes the changed pages with their ballast into /pagefind/patch/; returns the patch's own pages (id → date
 * place). A page whose HTML changed only where search does not read (a related list, `data-pagefind-ignore`) gets
 * the very record it has in the base: it is left in the base and out of the patch, or the search page, which drops
 * replaced ids, would drop both copies.
 */
async function indexChanged(outDir: string, base: SearchBase, plan: PatchPlan): Promise<{ own: Record<string, number | null>; ballast: number }> {
  const patchDir = join(outDir, PATCH_BASE);
  const write = async () => {
    const ballast = ballastOf(plan.unchanged, BALLAST_PAGES);
    const isBallast = new Set(ballast);
    await writeBundle([...plan.changed, ...ballast], patchDir, (p) => {
      const html = readFileSync(p.file, 'utf8');
      return isBallast.has(p) ? asBallast(html) : html;
    });
    compactBundle(patchDir, PAGE_ID.patch);
    return ballast.length;
  };
  const own = () => {
    const byUrl = new Map(plan.changed.map((p) => [p.url, p]));
    return bundleFragments(patchDir).filter((f) => byUrl.has(f.url)).map((f) => ({ ...f, page: byUrl.get(f.url)! }));
  };
  let ballast = await write();
  const same = new Set(own().filter((f) => base.pages[f.url]?.record === f.record).map((f) => f.url));
  if (same.size) {
    plan.unchanged = [...plan.unchanged, ...plan.changed.filter((p) => same.has(p.url))];
    plan.changed = plan.changed.filter((p) => !same.has(p.url));
    plan.replaced = plan.replaced.filter((url) => !same.has(url));
    rmSync(patchDir, { recursive: true, force: true });
    ballast = plan.changed.length ? await write() : 0;
  }
  return { own: plan.changed.length ? Object.fromEntries(own().map((f) => [f.id, datePlace(base, f.page.date)])) : {}, ballast };
}

/** Writes `outDir`/pagefind/ as the base plus a patch of `plan`. Returns the line the build logs. */
export async function writePatch(dir: string, base: SearchBase, outDir: string, plan: PatchPlan): Promise<string> {
  const started = performance.now();
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  cpSync(join(dir, 'pagefind'), join(outDir, 'pagefind'), { recursive: true });
  const parts: SearchParts = { parts: base.parts };
  const copied = performance.now();
  const { own, ballast } = plan.changed.length ? await indexChanged(outDir, base, plan) : { own: {}, ballast: 0 };
  const indexed = performance.now();
  if (plan.changed.length || plan.replaced.length) {
    const replaced = plan.replaced.map((url) => base.pages[url]!);
    // The patch's own pages are counted in the parts' word statistics, dealt among them as the parts were.
    const counted = plan.changed.length ? standIns(join(outDir, PATCH_BASE), Object.keys(own)) : [];
    const slots = base.parts.flatMap((_, part) =>
      rebalance(
        join(outDir, shardBase(part)),
        replaced.filter((p) => p.part === part).map((p) => p.id),
        counted.filter((_, i) => i % base.parts.length === part),
      ),
    );
    parts.patch = { ...(plan.changed.length ? { base: `/${PATCH_BASE}/` } : {}), replaced: [...replaced.map((p) => p.id), ...slots], own };
  }
  writeFileSync(join(outDir, SHARDS_FILE), JSON.stringify(parts));
  const s = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(2);
  return `patched the search index of ${Object.keys(base.pages).length} pages in ${s(started)} s (copy ${s(started, copied)} s, patch ${s(copied, indexed)} s, base rebalanced ${s(indexed)} s): ${plan.changed.length} new or changed page(s) indexed with ${ballast} unchanged for word statistics, ${plan.replaced.length} replaced (a full index when more than ${Math.round(PATCH_SHARE * 100)}% change)`;
}
