// Each page's update record from git (src/lib/content/history.ts): read from a scratch repository with dated
// commits as the CMS and an editor write them, and what the self-check makes of a typed 更新日期 against it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beijingDay, parseLog, readHistory, type History } from '../../src/lib/content/history.ts';
import { inspect } from '../../src/lib/inspect/report.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const root = scratchDir('history-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A commit of the content folder at `when` (ISO, with its offset), as the CMS or an editor makes it. */
function commit(repo: string, when: string, message: string, change: () => void) {
  change();
  const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: '编辑', GIT_AUTHOR_EMAIL: 'editor@example.cn', GIT_COMMITTER_NAME: '编辑', GIT_COMMITTER_EMAIL: 'editor@example.cn' };
  for (const args of [['add', '-A'], ['commit', '-q', '-m', message]]) expect(spawnSync('git', ['-C', repo, ...args], { env }).status).toBe(0);
}

describe('an entry’s update record', () => {
  const repo = join(root, 'repo');
  const content = join(repo, 'content');
  const file = (path: string, text: string) => () => {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  };
  let history: History | undefined;

  it('is each commit of its file, newest first, with the kind its message or its status gives', () => {
    mkdirSync(content, { recursive: true });
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    commit(repo, '2026-03-01T10:00:00+08:00', '新增创业项目：honey', file('projects/honey.md', 'title: 蜂蜜\n'));
    commit(repo, '2026-03-01T11:00:00+08:00', '新增创业典型：刘女士的民宿', file('stories/刘女士的民宿.md', 'title: 民宿\n'));
    commit(repo, '2026-04-02T09:00:00+08:00', '更新创业项目：honey', file('projects/honey.md', 'title: 蜂蜜合作社\n'));
    // 23:30 UTC on 4 May is 5 May in Beijing.
    commit(repo, '2026-05-04T23:30:00Z', '更正创业项目：honey（联系电话）', file('projects/honey.md', 'title: 蜂蜜合作社\nphone: 1\n'));
    commit(repo, '2026-06-01T09:00:00+08:00', '下架创业项目：honey', file('projects/honey.md', 'title: 蜂蜜合作社\nstage: 已下架\n'));
    commit(repo, '2026-06-02T09:00:00+08:00', '删除创业典型：刘女士的民宿', () => rmSync(join(content, 'stories/刘女士的民宿.md')));
    commit(repo, '2026-06-03T09:00:00+08:00', '更新网站设置', file('settings/site.yml', 'name: 门户\n'));
    // A file outside the content folder is not in its record.
    commit(repo, '2026-06-04T09:00:00+08:00', '更新 README', () => writeFileSync(join(repo, 'README.md'), 'x'));
    history = readHistory(content);
    const record = history?.get('projects/honey')?.map((r) => `${r.date.toISOString().slice(0, 10)} ${r.kind}`);
    expect(record).toEqual(['2026-06-01 下架', '2026-05-05 更正', '2026-04-02 更新', '2026-03-01 发布']);
    // The deleted story keeps no page and no record of its deletion; its earlier commit names it (core.quotePath off).
    expect(history?.get('stories/刘女士的民宿')?.map((r) => r.kind)).toEqual(['发布']);
    expect([...history!.keys()].sort()).toEqual(['projects/honey', 'stories/刘女士的民宿']);
  });

  it('is absent, not an error, for a folder without git history (a build from a tarball)', () => {
    // scratchDir is inside the project's work tree, which git would read: a folder outside any repository.
    const outside = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
    mkdirSync(join(outside, 'projects'));
    writeFileSync(join(outside, 'projects', 'honey.md'), 'title: 蜂蜜\n');
    try {
      expect(readHistory(outside)).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads a commit’s day in Beijing, and git’s log format as written', () => {
    expect(beijingDay('2026-12-31T16:30:00Z').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    const log = '\x1e2026-01-02T03:04:05+08:00\x1f更新政策文件：x\n\nM\tpolicies/x.md\nA\tpolicies/y.mdx\nD\tnews/z.md\n';
    expect(Object.fromEntries([...parseLog(log)].map(([k, v]) => [k, v.map((r) => r.kind)]))).toEqual({ 'policies/x': ['更新'], 'policies/y': ['发布'] });
  });

  it('lets the self-check flag a 更新日期 in the future or older than the file’s last commit', () => {
    const settings = settingsSchema.parse({ name: '某市创业服务网', subtitle: '创业促就业', email: 'rsj@example.gov.cn', submission_email: 'xm@example.gov.cn', disclaimer: '说明' });
    const entries = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, []])) as unknown as Record<CollectionName, { id: string; data: Record<string, unknown> }[]>;
    entries.projects = [
      { id: 'honey', data: { title: '蜂蜜合作社', updated: new Date('2026-04-02') } },
      { id: 'future', data: { title: '未来项目', updated: new Date('2026-12-31') } },
      { id: 'fine', data: { title: '如实项目', updated: new Date('2026-06-01') } },
    ];
    const record = new Map([...history!, ['projects/fine', history!.get('projects/honey')!]]);
    const findings = inspect({ today: new Date('2026-07-01'), settings, entries, history: record }).filter((f) => f.check === '更新日期');
    expect(findings.map((f) => `${f.entry?.label} ${f.message}`)).toEqual([
      '创业项目「蜂蜜合作社」 更新日期 2026年4月2日 早于本条最近一次修改（2026年6月1日下架），请核对',
      '创业项目「未来项目」 更新日期 2026年12月31日 晚于今天，请改为实际更新的日期',
    ]);
  });
});
