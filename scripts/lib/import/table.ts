/**
 * Reads the sheet an official sends: Excel (.xlsx) or CSV in UTF-8 (with or without BOM) or GB18030, which is
 * what older Excel writes on Chinese Windows. Gives every non-empty row with its number as Excel shows it, so that messages can point at the cell.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { columnName, readWorkbook, WorkbookError, type Limits, type ReadSheet, type Value } from '../../../src/lib/publish/xlsx.ts';

export type Cell = Value;

export interface Table {
  /** How the file was read, for the report: 「Excel 工作表「城市名单」」, 「CSV（GB18030 编码）」. */
  source: string;
  /** Every non-empty row, the header row(s) included: a title row above the header is common in official sheets. */
  rows: { row: number; cells: Cell[] }[];
}

export class TableError extends Error {}

/** The sheet with instructions in our own template is never data. */
export const HELP_SHEET = '填写说明';

/**
 * What one import may read. The list of key cities is 100 rows and their results a few hundred; these bounds
 * leave room for many years of results and stop a zip bomb or a wrong file before it is unpacked or parsed.
 */
export const IMPORT_LIMITS: Readonly<Limits & { fileBytes: number }> = {
  /** The file as sent. */
  fileBytes: 10 * 1024 * 1024,
  /** Rows in one sheet or CSV. */
  rows: 5000,
  /** One unpacked part of a workbook, and all of them. */
  partBytes: 40 * 1024 * 1024,
  totalBytes: 80 * 1024 * 1024,
};

export interface ReadOptions {
  /** Read hidden sheets and rows too (otherwise they are named and refused). */
  includeHidden?: boolean;
  limits?: Partial<Limits & { fileBytes: number }>;
}

/** Every sheet with data (a CSV is one); the import picks the one whose header it recognises. */
export function readTables(file: string, options: ReadOptions = {}): Table[] {
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const ext = extname(file).toLowerCase();
  if (ext === '.xls' || ext === '.et' || ext === '.wps') {
    throw new TableError(`${file}：不支持旧版 ${ext} 格式。请在 Excel 或 WPS 中「另存为」Excel 工作簿（.xlsx）或 CSV 后再导入。`);
  }
  if (!['.csv', '.txt', '.xlsx'].includes(ext)) throw new TableError(`${file}：只能导入 .xlsx 或 .csv 文件`);
  // Checked before a byte is read into memory.
  const size = statSync(file).size;
  if (size > limits.fileBytes) {
    throw new TableError(`${file}：文件有 ${(size / 1048576).toFixed(1)} MB，超过导入上限 ${limits.fileBytes / 1048576} MB。重点城市名单和年度成效表通常不到 1 MB，请确认选对了文件。`);
  }
  if (ext === '.xlsx') return readXlsx(file, limits, options.includeHidden ?? false);
  const table = readCsv(readFileSync(file));
  if (table.rows.length > limits.rows) throw new TableError(`${file}：有 ${table.rows.length} 行，超过一次导入的上限 ${limits.rows} 行，请分批导入`);
  return [table];
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
    rows: records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (c.trim() === '' ? undefined : unguard(c.trim()))) })).filter(hasData),
  };
}

const hasData = (r: { cells: Cell[] }) => r.cells.some((c) => c !== undefined && c !== '');

/**
 * Open data's CSV puts a ' before a cell that would start a formula (csvCell in src/lib/publish/open-data.ts); a file
 * exported from the site and imported again gets its text back, so +86… stays +86….
 */
export const unguard = (value: string): string => value.replace(/^'(?=[=+\-@\t\r])/, '');

/** The first sheet with data. */
export const readTable = (file: string): Table => readTables(file)[0]!;

const rowList = (numbers: number[]) => (numbers.length > 8 ? `${numbers.slice(0, 8).join('、')} 等 ${numbers.length} 行` : `${numbers.join('、')} 行`);

function readXlsx(file: string, limits: Limits, includeHidden: boolean): Table[] {
  let book: ReadSheet[];
  try {
    book = readWorkbook(readFileSync(file), limits);
  } catch (e) {
    if (e instanceof WorkbookError) throw new TableError(`${file}：${e.message}`);
    throw new TableError(`${file}：无法读取 Excel 文件（${(e as Error).message}）。请确认文件没有损坏、没有加密。`);
  }
  // A cover or instructions sheet often comes first; every sheet is offered, ours (填写说明) never is.
  const sheets = book.filter((s) => s.name !== HELP_SHEET && s.rows.some((r) => r.cells.some((c) => c?.value !== undefined || c?.uncomputed)));
  // What a person looking at the file does not see is not imported behind their back; all reasons at once.
  const problems: string[] = [];
  for (const sheet of sheets) {
    if (sheet.hidden && !includeHidden) problems.push(`工作表「${sheet.name}」是隐藏的工作表，里面有数据`);
    if (sheet.hidden && !includeHidden) continue;
    const hidden = sheet.rows.filter((r) => r.hidden && r.cells.some((c) => c?.value !== undefined)).map((r) => r.row);
    if (hidden.length && !includeHidden) problems.push(`工作表「${sheet.name}」第 ${rowList(hidden)}是隐藏行`);
    // A hidden column can carry what nobody checked (a 「本人同意公开姓名」 column of 是 …): refused like a hidden row.
    const columns = sheet.hiddenColumns.filter((n) => sheet.rows.some((r) => !r.hidden && r.cells[n - 1]?.value !== undefined));
    if (columns.length && !includeHidden) problems.push(`工作表「${sheet.name}」的 ${columns.map(columnName).join('、')} 列是隐藏列（或宽度为 0），里面有数据`);
    const uncomputed = sheet.rows.flatMap((r) => r.cells.filter((c) => c?.uncomputed)).map((c) => `${c!.ref}（=${c!.uncomputed}）`);
    if (uncomputed.length) {
      problems.push(
        `工作表「${sheet.name}」的公式单元格 ${uncomputed.slice(0, 8).join('、')}${uncomputed.length > 8 ? ` 等 ${uncomputed.length} 个` : ''}没有保存计算结果：` +
          '它们会被读成空白，而空白表示「保留原值」。请在 Excel 或 WPS 中打开并保存一次（让公式算出结果），或把公式「粘贴为数值」',
      );
    }
  }
  if (problems.length) {
    const hint = problems.some((p) => p.includes('隐藏')) ? '\n隐藏的内容请取消隐藏后核对（或删除）；确认要一并导入时，加上 --include-hidden。' : '';
    throw new TableError(`${file}：没有导入，原因如下：\n${problems.map((p) => `  - ${p}`).join('\n')}${hint}`);
  }
  const visible = sheets.filter((s) => includeHidden || !s.hidden);
  if (visible.length === 0) throw new TableError(`${file}：工作簿里没有数据`);
  return visible.map((sheet) => ({
    source: `Excel 工作表「${sheet.name}」`,
    rows: sheet.rows
      .filter((r) => includeHidden || !r.hidden)
      .map((r) => ({ row: r.row, cells: Array.from(r.cells, (c) => (typeof c?.value === 'string' ? unguard(c.value.trim()) : c?.value)) }))
      .filter(hasData),
  }));
}
