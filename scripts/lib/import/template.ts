/**
 * The template an official fills: one sheet whose headers are the schema's labels, and a 填写说明 sheet saying
 * for each column whether it must be filled, what it means and which values it takes. With `rows` it is an
 * export of the current content, ready to be corrected and imported again.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { csvCell } from '../../../src/lib/open-data.ts';
import type { Column } from './columns.ts';
import { HELP_SHEET } from './table.ts';
import { asText } from '../../../src/lib/format.ts';

function allowed(column: Column): string {
  const info = column.info;
  if (!info) return '';
  if (info.kind === 'enum') return info.options.join('、');
  if (info.kind === 'boolean') return '是、否';
  if (info.kind === 'date') return '日期，如 2024-01-05';
  if (info.kind === 'number') return `数字${info.int ? '（整数）' : ''}${info.min !== undefined ? `，不小于 ${info.min}` : ''}${info.max !== undefined ? `，不大于 ${info.max}` : ''}`;
  return '';
}

function cellText(v: unknown): string | number {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return v;
  return asText(v);
}

export async function writeTemplate(file: string, title: string, columns: Column[], rows: unknown[][] = []): Promise<void> {
  if (extname(file).toLowerCase() === '.csv') {
    const lines = [columns.map((c) => c.label), ...rows].map((r) => r.map((v) => csvCell(cellText(v))).join(','));
    // A BOM, so that Excel on Chinese Windows opens it as UTF-8.
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.label, key: c.path, width: Math.max(10, c.label.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    // Codes stay text, so Excel keeps 110000 as written and never turns it into 1.1E+05.
    if (c.path.endsWith('adcode')) sheet.getColumn(i + 1).numFmt = '@';
    if (c.info?.kind === 'enum' || c.info?.kind === 'boolean') {
      const options = c.info.kind === 'enum' ? c.info.options : ['是', '否'];
      const list = `"${options.join(',')}"`;
      // Excel limits a literal list to 255 characters; longer lists are named in the instructions only.
      if (list.length <= 255) {
        for (let r = 2; r <= Math.max(rows.length + 1, 200); r++) {
          sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true, error: `请从列表中选择：${options.join('、')}` };
        }
      }
    }
  });
  for (const r of rows) sheet.addRow(r.map(cellText));
  const help = book.addWorksheet(HELP_SHEET);
  help.columns = [
    { header: '列名', width: 16 },
    { header: '新增时必填', width: 10 },
    { header: '说明', width: 60 },
    { header: '可填写的值', width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow([c.label, c.needed ? '是' : '', c.hint ?? '', allowed(c)]);
  help.addRow([]);
  help.addRow(['', '', '已有条目：空白单元格表示保留原值。第一行必须是列名；列的顺序可以调整。']);
  await book.xlsx.writeFile(file);
}
