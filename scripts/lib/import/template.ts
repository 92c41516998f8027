/**
 * The template an official fills: one sheet whose headers are the schema's labels, and a 填写说明 sheet saying
 * for each column whether it must be filled, what it means and which values it takes. With `rows` it is an
 * export of the current content, ready to be corrected and imported again.
 */
import { writeFileSync } from 'node:fs';
import { writeWorkbook } from '../../../src/lib/publish/xlsx.ts';
import { extname } from 'node:path';
import { csvCell } from '../../../src/lib/publish/open-data.ts';
import { LIST_SEPARATORS, type Column } from './columns.ts';
import { HELP_SHEET } from './table.ts';
import { asText } from '../../../src/lib/core/format.ts';

function allowed(column: Column): string {
  const info = column.info;
  if (!info) return '';
  if (info.kind === 'enum') return info.options.join('、');
  if (info.kind === 'boolean') return '是、否';
  if (info.kind === 'date') return '日期，如 2024-01-05';
  if (info.kind === 'number') return `数字${info.int ? '（整数）' : ''}${info.min !== undefined ? `，不小于 ${info.min}` : ''}${info.max !== undefined ? `，不大于 ${info.max}` : ''}`;
  return '';
}

/**
 * A value as an editor types it into the cell, so that an export imports back unchanged: 是/否, and a list joined
 * with 「、」. A free-text item holding a separator would come back as two items: refused, naming it.
 */
function cellText(v: unknown, column: Column): string | number {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) {
    const fixed = column.info?.kind === 'array' && column.info.element.kind === 'enum';
    const split: unknown = fixed ? undefined : v.find((item) => LIST_SEPARATORS.test(asText(item)));
    if (split !== undefined) throw new TemplateError(`「${column.label}」的「${asText(split)}」含有分隔符（、，；或换行），导出后无法原样导回：请改写为不含分隔符的说法`);
    return v.map(asText).join('、');
  }
  return asText(v);
}

export class TemplateError extends Error {}

export function writeTemplate(file: string, title: string, columns: Column[], rows: unknown[][] = []): void {
  if (extname(file).toLowerCase() === '.csv') {
    const lines = [columns.map((c) => c.label), ...rows.map((r) => r.map((v, i) => cellText(v, columns[i]!)))].map((r) => r.map((v) => csvCell(v)).join(','));
    // A BOM, so that Excel on Chinese Windows opens it as UTF-8.
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  const help = [
    ['列名', '新增时必填', '说明', '可填写的值'],
    ...columns.map((c) => [c.label, c.needed ? '是' : '', c.hint ?? '', allowed(c)]),
    [],
    ['', '', '已有条目：空白单元格表示保留原值。第一行必须是列名；列的顺序可以调整。'],
  ];
  // The data start on row 2, under the header, where an office expects to see them when the file opens; the
  // drop-down lists cover the rows below as one range each.
  const book = writeWorkbook([
    {
      name: title,
      header: true,
      rows: [columns.map((c) => c.label), ...rows.map((r) => r.map((v, i) => cellText(v, columns[i]!)))],
      widths: columns.map((c) => Math.max(10, c.label.length * 2 + 4)),
      // Codes stay text, so Excel keeps 110000 as written and never turns it into 1.1E+05.
      textColumns: columns.flatMap((c, i) => (c.path.endsWith('adcode') ? [i] : [])),
      // Excel limits a literal list to 255 characters; longer lists are named in the instructions only.
      lists: columns.flatMap((c, i) => {
        if (c.info?.kind !== 'enum' && c.info?.kind !== 'boolean') return [];
        const options = c.info.kind === 'enum' ? [...c.info.options] : ['是', '否'];
        return [{ column: i, options, error: `请从列表中选择：${options.join('、')}` }];
      }),
      listRows: Math.max(rows.length + 1, 1000),
    },
    { name: HELP_SHEET, header: true, rows: help, widths: [16, 10, 60, 60] },
  ]);
  writeFileSync(file, book);
}
