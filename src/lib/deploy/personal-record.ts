/**
 * What personal information (src/schemas/personal.ts) a release publishes, so that a rollback never brings back a
 * name that was withdrawn or corrected since: each build writes one line per published personal value — its
 * digest, the entry and the field — to /.personal.tsv (src/pages/personal-record.tsv.ts; nginx serves no dot file),
 * and `npm run publish` moves it out of the release into DIR/personal/<release>.tsv, outside the web root.
 * `npm run rollback` compares the release it would go back to with the live one and refuses a value the live one
 * no longer publishes, naming the entries, unless told --republish-withdrawn.
 *
 * A digest, not the value: the record sits beside releases, in backups and logs of the server, and says only
 * whether two releases publish the same value. It is a plain SHA-256 of the normalised value, salted with the
 * field: the old release folder holds the value itself anyway, and removing it (pruning) removes both.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { personalFields } from '../../schemas/personal.ts';

/** The record inside a build, at the site's root: a dot file, which the nginx recipe never serves. */
export const BUILT_RECORD = '.personal.tsv';
/** Where publish keeps each release's record, beside `releases/`. */
export const RECORDS = 'personal';

export interface PublishedValue {
  /** SHA-256 of field path and value, hex. */
  digest: string;
  /** "experts/chengdu-finance" */
  entry: string;
  /** The entry's public title, to name it in a refusal. */
  title: string;
  /** 「姓名」 */
  field: string;
}

type Fields = Parameters<typeof personalFields>[0];

/** The values at a dotted path, through lists of objects. */
function valuesAt(data: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [data];
  if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, path));
  if (!data || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[path[0]!], path.slice(1));
}

export const digestOf = (path: string, value: string): string => createHash('sha256').update(`${path}\u0000${value.normalize('NFKC').trim()}`).digest('hex');

/** The personal values one entry publishes: `data` is its public data (consent already applied). */
export function publishedValues(fields: Fields, entry: string, title: string, data: unknown): PublishedValue[] {
  return personalFields(fields).flatMap(({ path, label }) =>
    valuesAt(data, path.split('.'))
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .map((v) => ({ digest: digestOf(path, v), entry, title, field: label })),
  );
}

const clean = (s: string) => s.replace(/[\t\r\n]/g, ' ');

export function formatRecord(values: PublishedValue[]): string {
  return values.map((v) => [v.digest, v.entry, clean(v.title), clean(v.field)].join('\t') + '\n').join('');
}

export function parseRecord(text: string): PublishedValue[] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((f) => f.length === 4 && /^[0-9a-f]{64}$/.test(f[0]!))
    .map(([digest, entry, title, field]) => ({ digest: digest!, entry: entry!, title: title!, field: field! }));
}

const recordFile = (root: string, release: string) => join(root, RECORDS, `${release}.tsv`);

/** Moves a staged build's record out of it, to be the record of `release` (before the release is admitted, so a
 * release is never served without one). A build without a record (made before records existed) gets none. */
export function keepRecord(root: string, staged: string, release: string): void {
  const built = join(staged, BUILT_RECORD);
  if (!existsSync(built)) return;
  mkdirSync(join(root, RECORDS), { recursive: true });
  renameSync(built, recordFile(root, release));
}

/** The record of a release under `root`, or undefined when it has none. */
export function readRecord(root: string, release: string): PublishedValue[] | undefined {
  const file = recordFile(root, release);
  return existsSync(file) ? parseRecord(readFileSync(file, 'utf8')) : undefined;
}

/** Drops the records of releases that are gone. */
export function pruneRecords(root: string, present: string[]): void {
  const dir = join(root, RECORDS);
  if (!existsSync(dir)) return;
  const keep = new Set(present.map((r) => `${r}.tsv`));
  for (const file of readdirSync(dir)) if (!keep.has(file)) rmSync(join(dir, file), { force: true });
}

/**
 * What going from the live release to `target` would publish again that the live one withdrew: values the target
 * publishes and the live one does not. Undefined when either has no record (nothing can be said: the caller refuses).
 */
export function republished(root: string, live: string, target: string): PublishedValue[] | undefined {
  const [now, then] = [readRecord(root, live), readRecord(root, target)];
  if (!now || !then) return undefined;
  const shown = new Set(now.map((v) => v.digest));
  return then.filter((v) => !shown.has(v.digest));
}
