/**
 * Reads the sheet an official sends: Excel (.xlsx) or CSV in UTF-8 (with or without BOM) or GB18030, which is
 * what older Excel writes on Chinese Windows. Gives every non-empty row with its number as Excel shows it, so that messages can point at the cell.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { isoDate } from '../../../src/lib/format.ts';

export type Cell = string | number | boolean | undefined;

export interface Table {
  /** How the file was read, for the report: 「Excel 工作表「城市名单」」, 「CSV（GB18030 编码）」. */
  source: string;
  /** Every non-empty row, the header row(s) included: a title row above the header is common in official sheets. */
  rows: { row: number; cells: Cell[] }[];
}

export class TableError extends Error {}

/** The sheet with instructions in our own template is never data. */
export const HELP_SHEET = '填写说明';

/** Every sheet with data (a CSV is one); the import picks the one whose header it recognises. */
export async function readTables(file: string): Promise<Table[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return [readCsv(readFileSync(file))];
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.xls' || ext === '.et' || ext === '.wps') {
    throw new TableError(`${file}：不支持旧版 ${ext} 格式。请在 Excel 或 WPS 中「另存为」Excel 工作簿（.xlsx）或 CSV 后再导入。`);
  }
  throw new TableError(`${file}：只能导入 .xlsx 或 .csv 文件`);
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GB18030 — a superset of GBK and GB2312. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'UTF-8（带 BOM）' : 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeCsv(bytes);
  let records: string[][];
  try {
    const parsed: unknown = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true });
    records = parsed as string[][];
  } catch (e) {
    throw new TableError(`CSV 格式有误：${(e as Error).message}`);
  }
  return {
    source: `CSV（${encoding} 编码）`,
    rows: records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (c.trim() === '' ? undefined : c.trim())) })).filter(hasData),
  };
}

const hasData = (r: { cells: Cell[] }) => r.cells.some((c) => c !== undefined && c !== '');

/** A cell as a plain value: rich text and hyperlinks become their text, formulas their result, dates YYYY-MM-DD. */
function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim() || undefined;
    if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result);
    if ('hyperlink' in value) return plain(value.text);
    if ('error' in value) return String(value.error);
    return undefined;
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value;
}

/** The first sheet with data. */
export const readTable = async (file: string): Promise<Table> => (await readTables(file))[0]!;

async function readXlsx(file: string): Promise<Table[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (e) {
    throw new TableError(`${file}：无法读取 Excel 文件（${(e as Error).message}）。请确认文件没有损坏、没有加密。`);
  }
  // A cover or instructions sheet often comes first; every sheet is offered, ours (填写说明) never is.
  const sheets = book.worksheets.filter((s) => s.name !== HELP_SHEET && s.state === 'visible' && s.actualRowCount > 0);
  if (sheets.length === 0) throw new TableError(`${file}：工作簿里没有数据`);
  return sheets.map((sheet) => {
    const rows: Table['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      // row.values is 1-based: index 0 is always empty.
      rows.push({ row: number, cells: (row.values as ExcelJS.CellValue[]).slice(1).map(plain) });
    });
    return { source: `Excel 工作表「${sheet.name}」`, rows: rows.filter(hasData) };
  });
}
