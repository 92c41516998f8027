// Nothing an editor writes is accepted silently: every content mistake stops `astro build` with the file, the
// field where there is one, and a Chinese message saying what to fix. Each case builds a small content set copied
// from the real content, with one fault (or a few in one file).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { smallContentSet } from '../helpers/fixture.ts';

const temp: string[] = [];

/** One change to the fixture: `file` gets what `edit` makes of its text (or of another file's, for a copy). */
interface Fault {
  file: string;
  /** The new content, or null to delete the file. */
  edit: (source: string, read: (file: string) => string) => string | Uint8Array | null;
}
const replace = (file: string, from: RegExp, to: string): Fault => ({
  file,
  edit: (source) => {
    const changed = source.replace(from, to);
    expect(changed, `the fault must change ${file}`).not.toBe(source);
    return changed;
  },
});

/** Copies the fixture set, applies the faults, builds, and returns exit code and output. */
function buildWith(...faults: Fault[]) {
  const { root, content } = smallContentSet('portal-fixture-');
  temp.push(root);
  const read = (file: string) => readFileSync(join(content, file), 'utf8');
  for (const fault of faults) {
    let source = '';
    try {
      source = read(fault.file);
    } catch {
      /* a new file */
    }
    const next = fault.edit(source, read);
    if (next === null) rmSync(join(content, fault.file));
    else writeFileSync(join(content, fault.file), next);
  }
  const dist = join(root, 'dist');
  return { ...astroBuild({ content, out: dist }), dist };
}

afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

const PLAN = 'policies/lsbf-2007-30-plan.md';
const STORY = 'stories/chengdu-noodle-shop.md';
const CITY = 'cities/chengdu.md';
/** The file as a Windows editor saves it in GB18030 (glibc's iconv, as on every Debian machine). */
const gb18030 = (text: string) => spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }).stdout;

/** [what goes wrong, the faults, the files the message must name, what it must say]. */
const CASES: [string, Fault[], string[], (string | RegExp)[]][] = [
  [
    'a copied file with the same slug (would silently replace the work plan)',
    [{ file: 'policies/zz-dup.md', edit: (_, read) => read(PLAN).replace(/^title: .*$/m, 'title: 复制品') }],
    [PLAN, 'policies/zz-dup.md'],
    ['使用同一个条目标识「lsbf-2007-30-plan」', '与文件名「zz-dup」不一致'],
  ],
  ['a slug that differs from its file name', [replace(CITY, /^slug: chengdu$/m, 'slug: chengdu-city')], [CITY], ['网址标识 slug 为「chengdu-city」，与文件名「chengdu」不一致']],
  [
    'a mistyped field name',
    [replace(PLAN, /^written: /m, 'effective_data: 2008-01-01\nwritten: ')],
    [PLAN],
    ['effective_data: 未知字段 effective_data，是否应为 effective（施行日期）？'],
  ],
  ['a file saved as GBK', [{ file: CITY, edit: (source) => gb18030(source) }], [CITY], ['文件不是 UTF-8 编码，看起来是 GBK / GB18030', 'iconv -f GB18030 -t UTF-8']],
  [
    'a file saved as UTF-16',
    [{ file: CITY, edit: (source) => new Uint8Array([0xff, 0xfe, ...Buffer.from(source, 'utf16le')]) }],
    [CITY],
    ['看起来是 UTF-16'],
  ],
  ['Git conflict markers', [replace(CITY, /^(name: .*)$/m, '<<<<<<< HEAD\n$1\n=======\nname: 成都\n>>>>>>> branch')], [CITY], [/第 \d+ 行有 Git 合并冲突标记/]],
  ['an unclosed YAML quote', [replace(CITY, /^name: .*$/m, 'name: "成都市')], [CITY], [/第 \d+ 行附近：引号没有闭合/]],
  ['an empty file', [{ file: CITY, edit: () => '' }], [CITY], ['文件是空的']],
  [
    'a missing required field, a value outside the list and text in a number field',
    [replace(STORY, /^summary: .*\n/m, ''), replace(STORY, /^group: .*$/m, 'group: 失业人员'), replace(STORY, /^jobs: \d+$/m, 'jobs: 十二')],
    [STORY],
    ['summary: 「摘要」必填，尚未填写', /group: 「人群」应为以下之一：下岗失业人员、高校毕业生、.*，现为「失业人员」/, 'jobs: 「带动就业人数」应为数字，现为「十二」'],
  ],
  ['a wrong pattern', [replace(CITY, /adcode: "510100"/, 'adcode: "51010"')], [CITY], ['adcode: 「行政区划代码」应为 6 位数字行政区划代码（GB/T 2260）']],
  ['a date that does not exist (YAML would roll it over silently)', [replace(PLAN, /^written: .*$/m, 'written: 2007-13-45')], [PLAN], [/第 \d+ 行：日期 2007-13-45 不存在/]],
  ['a date that is not a date', [replace(PLAN, /^written: .*$/m, 'written: 下个月')], [PLAN], ['written: 「成文日期」应为日期，格式 YYYY-MM-DD（如 2007-08-06）']],
  ['a date in Chinese format', [replace(PLAN, /^written: .*$/m, 'written: 2007年8月6日')], [PLAN], ['written: 「成文日期」应为日期，格式 YYYY-MM-DD']],
  ['a bad enum', [replace(PLAN, /^level: .*$/m, 'level: 中央')], [PLAN], ['level: 「层级」应为以下之一：国家、省', '现为「中央」']],
  [
    'a missing required record (review of a 已下架 project)',
    [replace('projects/vcd-rental.md', /review:\n( {2}.*\n)+/, '')],
    ['projects/vcd-rental.md'],
    ['review: 「专家论证记录」项目状态为「已下架」时必须填写专家论证记录'],
  ],
  [
    'a filing number in the site settings that is not one',
    [replace('settings/site.yml', /^disclaimer:/m, 'icp: 京ICP12345号\ndisclaimer:')],
    ['settings/site.yml'],
    ['icp: 「ICP备案号」ICP备案号格式应如 京ICP备12345678号'],
  ],
  ['no site settings file', [{ file: 'settings/site.yml', edit: () => null }], ['settings/site.yml'], ['缺少网站设置文件']],
  [
    'a relation to an entry that does not exist',
    [replace(STORY, /^city: chengdu$/m, 'city: nowhere')],
    [STORY],
    ['stories/chengdu-noodle-shop.md：字段 city（所在城市）引用的 cities 条目「nowhere」不存在'],
  ],
];

// Messages zod, js-yaml or Astro would otherwise show in English.
const ENGLISH = /Required|Expected type|Invalid (enum|input|key)|Unrecognized key|YAMLException|Missing closing/;

describe('bad content fails the build with a clear Chinese message', () => {
  it('builds the untouched fixture set, and accepts a UTF-8 BOM and CRLF line ends (control)', () => {
    const { status, output, dist } = buildWith({ file: CITY, edit: (source) => `\uFEFF${source.replace(/\n/g, '\r\n')}` });
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(readFileSync(join(dist, 'cities/chengdu/index.html'), 'utf8')).toContain('成都市');
  });

  it.each(CASES)('%s', (_what, faults, files, messages) => {
    const { status, output } = buildWith(...faults);
    expect(status, output.slice(-2000)).not.toBe(0);
    for (const file of files) expect(output).toContain(file);
    for (const message of messages) expect(output).toMatch(message);
    expect(output).not.toMatch(ENGLISH);
  });
});
