/**
 * Atomic publishing: every build is a folder under `<root>/releases/`, and `<root>/current` is a symbolic link to
 * the one being served. Switching writes a new link beside it and renames it over `current` — one rename(2), so a
 * visitor gets the old release or the new one, never half of each. The last releases are kept for a rollback.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

export const RELEASES = 'releases';
export const CURRENT = 'current';
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

/** Points `current` at a release, atomically. */
export function switchTo(root: string, release: string): void {
  if (!releases(root).includes(release)) throw new ReleaseError(`没有这个版本：${release}`);
  const temp = join(root, `.${CURRENT}-${process.pid}-${Date.now()}`);
  symlinkSync(join(RELEASES, release), temp);
  renameSync(temp, join(root, CURRENT));
}

/** Removes all but the newest `keep` releases; never the one being served. */
export function prune(root: string, keep = KEEP): string[] {
  const served = currentRelease(root);
  const old = releases(root).slice(0, -keep).filter((r) => r !== served);
  for (const r of old) rmSync(join(root, RELEASES, r), { recursive: true, force: true });
  return old;
}

/** The release before the one being served, for a rollback. */
export function previousRelease(root: string): string | undefined {
  const all = releases(root);
  const served = currentRelease(root);
  const at = served ? all.indexOf(served) : -1;
  return at > 0 ? all[at - 1] : undefined;
}

/** A new, empty release folder. */
export function newRelease(root: string, name: string): { name: string; dir: string } {
  // Two publishes of one commit within a second get -2, -3 …
  let unique = name;
  for (let n = 2; existsSync(join(root, RELEASES, unique)); n++) unique = `${name}-${n}`;
  const dir = join(root, RELEASES, unique);
  mkdirSync(dir, { recursive: true });
  return { name: unique, dir };
}
