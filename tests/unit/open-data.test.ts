import { describe, expect, it } from 'vitest';
import { csvCell, dataCsv, dataFields, SCHEMA_VERSION } from '../../src/lib/publish/open-data.ts';
import type { Content } from '../../src/lib/content/entries.ts';

const content = {
  stories: [
    {
      id: 'a',
      data: { slug: 'a', title: '含"引号",逗号的标题', summary: '摘要', sample: true, source: { name: '来源' }, updated: new Date('2026-11-28'), training: ['SYB', 'IYB'] },
    },
  ],
} as unknown as Content;

describe('open data', () => {
  it('documents every field from the schema, with Chinese labels', () => {
    const fields = dataFields('projects');
    expect(fields.slice(0, 2).map((f) => f.name)).toEqual(['id', 'url']);
    expect(fields.find((f) => f.name === 'review.panel')).toMatchObject({ label: '专家论证记录·论证专家组' });
    expect(fields.find((f) => f.name === 'groups')).toMatchObject({ label: '适合人群', type: '选项（多值）' });
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('writes CSV that Excel reads: BOM, CRLF, quoted cells, lists joined', () => {
    const csv = dataCsv('stories', content);
    expect(csv.startsWith('\uFEFFid,url,slug,title,')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain('"含""引号"",逗号的标题"');
    expect(row).toContain('2026-11-28');
    expect(row).toContain('SYB；IYB');
  });
});

describe('CSV cells cannot run as formulas in Excel', () => {
  it.each([
    ['=HYPERLINK("http://evil","点我")', `"'=HYPERLINK(""http://evil"",""点我"")"`],
    ['+86 10 1234', `"'+86 10 1234"`],
    ['-1+2', `"'-1+2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['＝1+1', `"'＝1+1"`],
  ])('%s', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('成都市')).toBe('成都市');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(['培训', '小额贷款'])).toBe('培训；小额贷款');
  });
});
