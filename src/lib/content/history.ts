/**
 * Each entry's update record, from git: the content folder's history is read once a build (one `git log`, not one
 * per file), and every detail page shows its own commits' dates with a short kind (src/components/UpdateRecord.astro),
 * as GOV.UK's "Updates to this page" does — a reader or an inspector sees when the page really changed, whatever
 * 更新日期 an editor typed (the self-check compares the two: src/lib/inspect/report.ts). The kind: a file's first
 * commit is 发布; later ones are 更新, or 更正 / 下架 when the commit message says so (the CMS writes
 * 「更新…」: src/lib/cms/config.ts; a correction or a withdrawal committed with its own message says which). A folder without git history (a build from a tarball) still builds; it says so once.
 */
import { spawnSync } from 'node:child_process';
import { contentDir } from './content-dir.ts';

export const REVISION_KINDS = ['发布', '更新', '更正', '下架'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface Revision {
  /** The commit's calendar day in Beijing, as UTC midnight (how the site holds dates: src/lib/core/format.ts). */
  date: Date;
  kind: RevisionKind;
}

/** "collection/id" → its revisions, newest first. */
export type History = Map<string, Revision[]>;

/** A commit's kind for one file: added is 发布; otherwise what its message says, 更新 when it says nothing more. */
export function kindOf(status: string, subject: string): RevisionKind {
  if (status.startsWith('A')) return '发布';
  if (/更正|勘误/.test(subject)) return '更正';
  if (/下架/.test(subject)) return '下架';
  return '更新';
}

const BEIJING_MS = 8 * 3_600_000;
/** The calendar day in Beijing of an instant (a commit's ISO time with its offset). */
export function beijingDay(iso: string): Date {
  const at = new Date(Date.parse(iso) + BEIJING_MS);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** The commits are separated by RS, a commit's date and subject by US; each is followed by its files' statuses. */
export const LOG_FORMAT = '%x1e%cI%x1f%s';

/** Reads `git log --name-status --format=LOG_FORMAT` run in the content folder, paths relative to it. */
export function parseLog(text: string): History {
  const history: History = new Map();
  for (const commit of text.split('\x1e').slice(1)) {
    const [head = '', ...lines] = commit.split('\n');
    const [iso = '', subject = ''] = head.split('\x1f');
    const date = beijingDay(iso);
    for (const line of lines) {
      const [status, path] = line.split('\t');
      const key = /^([a-z]+)\/(.+)\.mdx?$/.exec(path ?? '');
      // A deleted file has no page to show its record.
      if (!status || !key || status.startsWith('D')) continue;
      const id = `${key[1]}/${key[2]}`;
      history.set(id, [...(history.get(id) ?? []), { date, kind: kindOf(status, subject) }]);
    }
  }
  return history;
}

/** The history of the content folder `dir`, or undefined when it has none git can read. */
export function readHistory(dir: string): History | undefined {
  const git = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', '-C', dir, 'log', '--no-renames', '--name-status', '--relative', `--format=${LOG_FORMAT}`, '--', '.'],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (git.error || git.status !== 0) return undefined;
  return parseLog(git.stdout);
}

let memo: { dir: string; history: History | undefined } | undefined;

/** The content folder's history, read once a build; undefined (and said once) without git history. */
export function contentHistory(): History | undefined {
  const dir = contentDir();
  if (memo?.dir !== dir) {
    memo = { dir, history: readHistory(dir) };
    if (!memo.history) console.warn(`内容文件夹 ${dir} 没有可读的 git 历史（例如从压缩包构建）：各页不显示更新记录，自查不核对更新日期。`);
  }
  return memo.history;
}

/** One entry's revisions, newest first (none without history). */
export const revisionsOf = (collection: string, id: string): Revision[] => contentHistory()?.get(`${collection}/${id}`) ?? [];
