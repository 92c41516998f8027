// Releases as an operator lives with them: rollback follows what was live, pruning keeps what rollback can reach,
// one publish at a time, and the link check reads the CMS's #/ routes as routes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { admit, currentRelease, history, liveStack, lock, previousRelease, prune, releases, switchTo } from '../../src/lib/deploy/releases.ts';
import { checkLinks } from '../../src/lib/inspect/links.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
const site = () => {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  roots.push(root);
  return root;
};

/** A checked build moved in and switched to, as npm run publish does. */
function publish(root: string, name: string): string {
  const staged = join(root, '.build');
  mkdirSync(staged, { recursive: true });
  writeFileSync(join(staged, 'index.html'), name);
  const release = admit(root, staged, name);
  switchTo(root, release, 'publish', `c0ffee${name}`);
  return release;
}
const rollback = (root: string) => {
  const back = previousRelease(root);
  if (back) switchTo(root, back, 'rollback');
  return back;
};
const served = (root: string) => readFileSync(join(root, 'current/index.html'), 'utf8');

describe('rollback follows history', () => {
  it('R1 → R2 → rollback → R3 → rollback lands on R1, never on the withdrawn R2', () => {
    const root = site();
    publish(root, 'r1');
    publish(root, 'r2');
    expect(rollback(root)).toBe('r1');
    publish(root, 'r3');
    expect(rollback(root)).toBe('r1');
    expect(served(root)).toBe('r1');
  });

  it('steps further back one rollback at a time, and says when there is nothing before', () => {
    const root = site();
    for (const r of ['r1', 'r2', 'r3']) publish(root, r);
    expect(rollback(root)).toBe('r2');
    expect(rollback(root)).toBe('r1');
    expect(rollback(root)).toBeUndefined();
    expect(served(root)).toBe('r1');
  });

  it('records each switch with time, release, commit, who and what', () => {
    const root = site();
    publish(root, 'r1');
    publish(root, 'r2');
    rollback(root);
    const lines = history(root);
    expect(lines.map((l) => [l.release, l.action])).toEqual([['r1', 'publish'], ['r2', 'publish'], ['r1', 'rollback']]);
    expect(lines[1]!.commit).toBe('c0ffeer2');
    expect(lines[0]!.who).not.toBe('');
    expect(Date.parse(lines[0]!.time)).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('takes a switch a crash kept out of the history from current, and a site without history from its names', () => {
    const root = site();
    publish(root, 'r1');
    publish(root, 'r2');
    // r3 switched to, its history line never written (killed between the two).
    const staged = join(root, '.build');
    mkdirSync(staged);
    writeFileSync(join(staged, 'index.html'), 'r3');
    switchTo(root, admit(root, staged, 'r3'));
    writeFileSync(join(root, 'history'), readFileSync(join(root, 'history'), 'utf8').split('\n').slice(0, 2).join('\n') + '\n2026-12-0');
    expect(liveStack(root)).toEqual(['r1', 'r2', 'r3']);
    rmSync(join(root, 'history'));
    expect(liveStack(root)).toEqual(['r1', 'r2', 'r3']);
    expect(rollback(root)).toBe('r2');
  });
});

describe('pruning', () => {
  it('keeps the last --keep releases rollback can reach, and drops what a rollback withdrew', () => {
    const root = site();
    for (const r of ['r1', 'r2', 'r3']) publish(root, r);
    rollback(root); // r3 withdrawn
    publish(root, 'r4');
    expect(prune(root, 5)).toEqual(['r3']);
    expect(releases(root)).toEqual(['r1', 'r2', 'r4']);
    for (const r of ['r5', 'r6', 'r7']) publish(root, r);
    expect(prune(root, 3)).toEqual(['r1', 'r2', 'r4']);
    expect(releases(root)).toEqual(['r5', 'r6', 'r7']);
  });

  it('never removes the live release or the one before it, whatever --keep says', () => {
    const root = site();
    for (const r of ['r1', 'r2', 'r3']) publish(root, r);
    rollback(root);
    expect(prune(root, 0)).toEqual(['r3']);
    expect(currentRelease(root)).toBe('r2');
    expect(releases(root)).toEqual(['r1', 'r2']);
  });
});

describe('one publish at a time', () => {
  it('refuses a second lock while the first is held, in Chinese, and frees it on release', () => {
    const root = site();
    const unlock = lock(root);
    expect(() => lock(root)).toThrow(/另一个发布或回退正在进行（进程 \d+/);
    unlock();
    lock(root)();
  });

  it('takes over a lock whose process is gone', async () => {
    const root = site();
    const gone = spawn(process.execPath, ['-e', '0']);
    const pid = gone.pid!;
    await new Promise((done) => gone.on('exit', done));
    writeFileSync(join(root, '.publish.lock'), `${pid}\n2026-12-01T00:00:00Z\n`);
    const unlock = lock(root);
    expect(readFileSync(join(root, '.publish.lock'), 'utf8')).toMatch(new RegExp(`^${process.pid}\\n`));
    unlock();
  });
});

describe('link check', () => {
  it('reads what follows #/ as the CMS route, and still finds a missing page or anchor', () => {
    const dist = site();
    mkdirSync(join(dist, 'admin/inspect'), { recursive: true });
    writeFileSync(join(dist, 'admin/index.html'), '<main id="top"></main>');
    writeFileSync(
      join(dist, 'admin/inspect/index.html'),
      '<a href="/admin/#/collections/settings/entries/site">改</a><a href="/admin/#nowhere">x</a><a href="/nothing/#/a">y</a>',
    );
    expect(checkLinks(dist).broken.map((b) => [b.href, b.reason])).toEqual([
      ['/admin/#nowhere', '锚点不存在'],
      ['/nothing/#/a', '页面不存在'],
    ]);
  });
});
