// A content file that breaks its schema or a relation must stop `astro build` with the file, the field and
// what was expected. Each case builds a small content set copied from the real content, with one fault.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '../helpers/content.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const FIXTURE = {
  policies: ['lsbf-2007-30', 'lsbf-2007-30-plan'],
  stories: ['chengdu-noodle-shop'],
  projects: ['vcd-rental'],
  incubators: ['chengdu-qihang'],
  cities: ['chengdu'],
};
const temp: string[] = [];

interface Fault {
  file: string;
  from: RegExp;
  to: string;
}

/** Copies the fixture set, applies the faults (file → edit), builds, and returns exit code and output. */
function buildWith(...faults: Fault[]) {
  const root = scratchDir('portal-fixture-');
  temp.push(root);
  const content = join(root, 'content');
  for (const [collection, ids] of Object.entries(FIXTURE)) {
    mkdirSync(join(content, collection), { recursive: true });
    for (const id of ids) cpSync(join(CONTENT_ROOT, collection, `${id}.md`), join(content, collection, `${id}.md`));
  }
  for (const fault of faults) {
    const path = join(content, fault.file);
    const source = readFileSync(path, 'utf8');
    const broken = source.replace(fault.from, fault.to);
    expect(broken, 'the fault must change the file').not.toBe(source);
    writeFileSync(path, broken);
  }
  const run = spawnSync('npx', ['astro', 'build'], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(root, 'dist'),
      CACHE_DIR: join(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  // CI terminals get colours; compare the plain text.
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output };
}

afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

describe('bad content fails the build with a clear message', () => {
  it('builds the untouched fixture set (control)', () => {
    const { status, output } = buildWith();
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('reports a schema violation with file, field and expectation', () => {
    const { status, output } = buildWith({ file: 'cities/chengdu.md', from: /adcode: "510100"/, to: 'adcode: "51010"' });
    expect(status).not.toBe(0);
    expect(output).toContain('cities/chengdu.md');
    expect(output).toContain('adcode: 「行政区划代码」应为 6 位数字行政区划代码（GB/T 2260）');
  });

  it('reports a missing required record (review of a 已下架 project)', () => {
    const { status, output } = buildWith({ file: 'projects/vcd-rental.md', from: /review:\n(  .*\n)+/, to: '' });
    expect(status).not.toBe(0);
    expect(output).toContain('projects/vcd-rental.md');
    expect(output).toContain('review: 「专家论证记录」项目状态为「已下架」时必须填写专家论证记录');
  });

  it('says in Chinese what is missing, which values are allowed and that a number is expected', () => {
    const story = 'stories/chengdu-noodle-shop.md';
    const { status, output } = buildWith(
      { file: story, from: /^summary: .*\n/m, to: '' },
      { file: story, from: /^group: .*$/m, to: 'group: 失业人员' },
      { file: story, from: /^jobs: \d+$/m, to: 'jobs: 十二' },
    );
    expect(status).not.toBe(0);
    expect(output).toContain(story);
    expect(output).toContain('summary: 「摘要」必填，尚未填写');
    expect(output).toMatch(/group: 「人群」应为以下之一：下岗失业人员、高校毕业生、.*，现为「失业人员」/);
    expect(output).toContain('jobs: 「带动就业人数」应为数字，现为「十二」');
    expect(output).not.toMatch(/Required|Expected type|Invalid (enum|input)/);
  });

  it('reports a relation to an entry that does not exist', () => {
    const { status, output } = buildWith({ file: 'stories/chengdu-noodle-shop.md', from: /^city: chengdu$/m, to: 'city: nowhere' });
    expect(status).not.toBe(0);
    expect(output).toContain('stories/chengdu-noodle-shop.md：字段 city（所在城市）引用的 cities 条目「nowhere」不存在');
  });
});
