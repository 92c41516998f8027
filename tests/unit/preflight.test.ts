import { describe, expect, it } from 'vitest';
import { ContentFileError, guessEncoding, idOf, preflight, type ContentFile } from '../../src/lib/content/preflight.ts';

const enc = new TextEncoder();
const file = (path: string, text: string): ContentFile => ({ path, bytes: enc.encode(text) });
const entry = (slug: string, extra = '') => `---\nslug: ${slug}\ntitle: 标题\n${extra}---\n\n正文\n`;
/** 成都市 in GB18030, as a Windows editor saves it. */
const GBK_CHENGDU = [0xb3, 0xc9, 0xb6, 0xbc, 0xca, 0xd0];

describe('preflight of a collection folder', () => {
  it('accepts ordinary files, with or without slug, with a BOM and with CRLF line ends', () => {
    expect(
      preflight([
        file('content/cities/chengdu.md', entry('chengdu')),
        file('content/cities/wuhan.md', '---\ntitle: 武汉\n---\n'),
        file('content/cities/xian.md', `\uFEFF${entry('xian')}`.replace(/\n/g, '\r\n')),
        file('content/policies/reading.mdx', entry('reading')),
      ]),
    ).toEqual([]);
  });

  it('names both files that claim one id, and the slug that differs from its file name', () => {
    const problems = preflight([
      file('content/policies/lsbf-2007-30-plan.md', entry('lsbf-2007-30-plan')),
      file('content/policies/zz-dup.md', entry('lsbf-2007-30-plan')),
    ]);
    expect(problems).toContainEqual({
      files: ['content/policies/lsbf-2007-30-plan.md', 'content/policies/zz-dup.md'],
      message: expect.stringContaining('使用同一个条目标识「lsbf-2007-30-plan」'),
    });
    expect(problems).toContainEqual({ files: ['content/policies/zz-dup.md'], message: expect.stringContaining('与文件名「zz-dup」不一致') });
  });

  it('treats x.md and x.mdx as the same entry', () => {
    const problems = preflight([file('content/policies/x.md', entry('x')), file('content/policies/x.mdx', entry('x'))]);
    expect(problems.map((p) => p.files)).toEqual([['content/policies/x.md', 'content/policies/x.mdx']]);
  });

  it('says which encoding a file that is not UTF-8 has, and how to convert it', () => {
    const gbk = { path: 'content/cities/chengdu.md', bytes: new Uint8Array([...enc.encode('---\nname: '), ...GBK_CHENGDU, ...enc.encode('\n---\n')]) };
    const [problem] = preflight([gbk]);
    expect(problem?.message).toMatch(/不是 UTF-8 编码，看起来是 GBK \/ GB18030/);
    expect(problem?.message).toContain('iconv -f GB18030 -t UTF-8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'---\nname: x\n---\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(guessEncoding(utf16)).toBe('UTF-16');
    // Without a byte-order mark: every other byte of ASCII text is zero.
    expect(guessEncoding(utf16.subarray(2))).toBe('UTF-16');
    expect(preflight([{ path: 'content/cities/x.md', bytes: utf16 }])[0]?.message).toContain('看起来是 UTF-16');
  });

  it('names Git conflict markers, empty files, a missing frontmatter block and YAML syntax errors with their line', () => {
    const cases: [string, RegExp][] = [
      [`---\ntitle: 甲\n<<<<<<< HEAD\nsummary: 一\n=======\nsummary: 二\n>>>>>>> branch\n---\n`, /第 3 行有 Git 合并冲突标记/],
      ['  \n', /文件是空的/],
      ['title: 没有信息块\n', /缺少开头的信息块/],
      ['---\nslug: a\nname: "成都市\nprovince: 四川省\n---\n', /第 \d+ 行附近：引号没有闭合/],
      ['---\ntitle: 甲\ntitle: 乙\n---\n', /第 3 行：同一个字段写了两次/],
      ['---\ntitle: 甲\n\tsummary: 乙\n---\n', /缩进请用空格/],
      ['---\n- 列表\n---\n', /应是「字段: 值」的列表/],
      // Astro's parser (js-yaml) reads these without complaint: a quote left open runs on to the next stray quote,
      // swallowing the fields between, and a comment glued to a closing quote is taken for one.
      ['---\ncity: "sanya\ngroup: 下岗失业人员\nbusi"ness: 示例企业\n---\n', /第 2 行附近：引号没有闭合/],
      ['---\nadcode: "150400"#\n---\n', /第 2 行/],
    ];
    for (const [text, message] of cases) {
      const problems = preflight([file('content/policies/a.md', text)]);
      expect(problems.map((p) => p.message).join('\n'), text).toMatch(message);
    }
  });

  it('gives every entry its file name as id, whatever its slug says', () => {
    expect(idOf('policies/sub/lsbf-2007-30.md')).toBe('lsbf-2007-30');
    expect(idOf('reading.mdx')).toBe('reading');
  });

  it('lists every problem with its file in the error that stops the build', () => {
    const error = new ContentFileError('policies', [{ files: ['content/policies/a.md'], message: '文件是空的。' }]);
    expect(error.message).toContain('content/policies/a.md：文件是空的。');
  });
});

describe('dates', () => {
  it('refuses a YYYY-MM-DD that is no calendar day (YAML would roll 2007-13-45 over into 2008)', () => {
    const problems = preflight([file('content/policies/a.md', '---\ntitle: 甲\nwritten: 2007-13-45\npublished: 2007-02-29\n---\n')]);
    expect(problems.map((p) => p.message)).toEqual(['第 3 行：日期 2007-13-45 不存在（月份 01–12，日期不超过当月天数）']);
    expect(preflight([file('content/policies/a.md', '---\nwritten: 2008-02-29\n---\n')])).toEqual([]);
    // Quoted, in a list and in a nested field alike.
    for (const text of ['title: 甲\nwritten: "2007-02-30"', 'title: 甲\ndates:\n  - 2007-02-30', 'title: 甲\nsource:\n  date: 2007-02-30']) {
      expect(preflight([file('content/policies/a.md', `---\n${text}\n---\n`)]).map((p) => p.message)).toEqual([expect.stringMatching(/^第 \d 行：日期 2007-02-30 不存在/)]);
    }
  });
});
