/**
 * Atomic, crash-safe publishing: every build is a folder under `<root>/releases/`, and `<root>/current` is a
 * symbolic link to the one being served. A release is built or copied in a staging folder outside `releases/`,
 * checked there, and moved in with one rename only when every check passed, so a failure or a kill at any moment
 * leaves `releases/` and `current` as they were. Switching writes a new link beside `current` and renames it over:
 * a visitor gets the old release or the new one, never half of each. Every switch is a line of `<root>/history`;
 * a rollback follows that history, never the releases' names, so a release that was rolled back is not served
 * again by the next rollback. One publish or rollback at a time (`<root>/.publish.lock`).
 */
import { appendFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { pruneRecords, republished } from './personal-record.ts';

export const RELEASES = 'releases';
export const CURRENT = 'current';
export const HISTORY = 'history';
/** Where a release is built or copied and checked before it is moved into `releases/` (same file system). */
export const STAGING = '.build';
const LOCK = '.publish.lock';
/** Releases kept besides the one being served: enough to go back a few publishes. */
export const KEEP = 5;

export class ReleaseError extends Error {}

/** A release's folder name: when it was built and from which commit, sortable as text. */
export function releaseName(when: Date, commit: string): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${(commit || 'nogit').slice(0, 12)}`;
}

/** The releases under `root`, oldest first. */
export function releases(root: string): string[] {
  const dir = join(root, RELEASES);
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}

/** The release `current` points at, or undefined before the first publish. */
export function currentRelease(root: string): string | undefined {
  const link = join(root, CURRENT);
  if (isLink(link)) return basename(readlinkSync(link));
  if (existsSync(link)) throw new ReleaseError(`${link} 不是符号链接：请把现有网站目录移走，再发布（${link} is not a symbolic link）`);
  return undefined;
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

export interface Switch {
  time: string;
  release: string;
  commit: string;
  who: string;
  action: 'publish' | 'rollback';
}

/** Who switched: the CI's user when a runner publishes, else the account running the command. */
export function whoIs(env: Record<string, string | undefined> = process.env): string {
  let account = env.USER ?? '';
  try {
    account = userInfo().username;
  } catch {
    // no passwd entry for the uid (a container): USER or nothing
  }
  return (env.PORTAL_PUBLISHER || env.GITHUB_ACTOR || env.GITLAB_USER_LOGIN || account || 'unknown').replace(/[\t\r\n]/g, ' ');
}

/** The switches recorded in `<root>/history`, oldest first; a line cut short by a crash is skipped. */
export function history(root: string): Switch[] {
  const file = join(root, HISTORY);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((f) => f.length === 5 && (f[4] === 'publish' || f[4] === 'rollback'))
    .map(([time, release, commit, who, action]) => ({ time: time!, release: release!, commit: commit!, who: who!, action: action as Switch['action'] }));
}

/**
 * What rollback can go back through, oldest first, the live release last: a publish puts its release on top, a
 * rollback takes the top off. A site published before there was a history starts from its releases by name; a
 * switch that a crash kept out of the history (between the rename and the line) is taken from `current`.
 */
export function liveStack(root: string): string[] {
  const served = currentRelease(root);
  const present = new Set(releases(root));
  const lines = history(root);
  let stack: string[] = [];
  if (lines.length === 0) stack = served ? releases(root).filter((r) => r <= served) : [];
  for (const line of lines) {
    if (line.action === 'publish') stack.push(line.release);
    else {
      while (stack.length && stack.at(-1) !== line.release) stack.pop();
      if (!stack.length) stack.push(line.release);
    }
  }
  stack = stack.filter((r) => present.has(r));
  if (served && stack.at(-1) !== served) stack.push(served);
  return stack;
}

/** Points `current` at a release, atomically, and records the switch. */
export function switchTo(root: string, release: string, action: Switch['action'] = 'publish', commit = ''): void {
  if (!releases(root).includes(release)) throw new ReleaseError(`没有这个版本：${release}`);
  const temp = join(root, `.${CURRENT}-${process.pid}-${Date.now()}`);
  symlinkSync(join(RELEASES, release), temp);
  renameSync(temp, join(root, CURRENT));
  const from = commit || (/-([0-9a-f]{7,40})(?:-\d+)?$/.exec(release)?.[1] ?? '');
  // One write(2) of one short line: a kill leaves the line whole or absent.
  appendFileSync(join(root, HISTORY), `${new Date().toISOString()}\t${release}\t${from}\t${whoIs()}\t${action}\n`);
}

/**
 * Removes the releases rollback can no longer reach: all but the last `keep` of the live stack (the live one
 * and the one before it always stay, whatever `keep` says), and any release a rollback withdrew. With
 * `dropWithdrawn`, also every release that publishes a personal value the live one withdrew (a consent withdrawn, a
 * name corrected): that value then stays in no release on the server, at the cost of rolling back past it.
 */
export function prune(root: string, keep = KEEP, dropWithdrawn = false): string[] {
  const stack = liveStack(root);
  const live = currentRelease(root);
  const kept = new Set(stack.slice(-Math.max(keep, 2)));
  const withdrawn = (r: string) => dropWithdrawn && live !== undefined && r !== live && (republished(root, live, r)?.length ?? 0) > 0;
  const old = releases(root).filter((r) => !kept.has(r) || withdrawn(r));
  for (const r of old) rmSync(join(root, RELEASES, r), { recursive: true, force: true });
  pruneRecords(root, releases(root));
  return old;
}

/** The release live before the one being served, for a rollback. */
export function previousRelease(root: string): string | undefined {
  return liveStack(root).at(-2);
}

/** A fresh staging folder for the next release; whatever an interrupted publish left there goes first. */
export function staging(root: string): string {
  const dir = join(root, STAGING);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  return dir;
}

/** `name`, or with -2, -3 … when a release has it already (two publishes of one commit within a second). */
export function freeName(root: string, name: string): string {
  let unique = name;
  for (let n = 2; existsSync(join(root, RELEASES, unique)); n++) unique = `${name}-${n}`;
  return unique;
}

/** Moves a checked staging folder into `releases/` under a name not taken yet (one rename). */
export function admit(root: string, staged: string, name: string): string {
  mkdirSync(join(root, RELEASES), { recursive: true });
  const unique = freeName(root, name);
  renameSync(staged, join(root, RELEASES, unique));
  return unique;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes `<root>/.publish.lock` (created exclusively, holding this process's id) or throws a Chinese message
 * naming the publish that holds it. A lock whose process is gone (killed, the machine restarted) is taken over.
 */
export function lock(root: string): () => void {
  mkdirSync(root, { recursive: true });
  const file = join(root, LOCK);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n${new Date().toISOString()}\n`, { flag: 'wx' });
      return () => {
        if (existsSync(file) && readFileSync(file, 'utf8').split('\n')[0] === String(process.pid)) unlinkSync(file);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const [pid, since] = readFileSync(file, 'utf8').split('\n');
    if (pid && /^\d+$/.test(pid) && alive(Number(pid))) {
      throw new ReleaseError(`另一个发布或回退正在进行（进程 ${pid}，开始于 ${since ?? '?'}）：请等它结束后再试。网站没有改变。\n(another publish is running)`);
    }
    // A stale lock: moved aside, then read again, so that of two processes that both found it stale the second
    // does not remove the lock the first has just taken.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
      const moved = readFileSync(aside, 'utf8').split('\n')[0] ?? '';
      if (moved !== pid && alive(Number(moved))) renameSync(aside, file);
      else rmSync(aside, { force: true });
    } catch {
      // another process took it over first: try again
    }
  }
  throw new ReleaseError(`无法取得发布锁 ${file}`);
}
