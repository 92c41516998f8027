/**
 * The columns of an import sheet, derived from the collection schema: each column is a field, its header the
 * field's Chinese label. A field added to the schema becomes a column of the template and of the import by itself.
 */
import type { z } from 'astro/zod';
import { isoDate } from '../../../src/lib/core/format.ts';
import { problemsOf } from '../../../src/schemas/validate.ts';
import { leaves, type FieldInfo } from '../../../src/schemas/walk.ts';
import type { Cell, Table } from './table.ts';

export interface Column {
  /** Dotted path into the entry (`location.lat`), or a name starting with `$` for a column only the import reads. */
  path: string;
  label: string;
  info?: FieldInfo;
  /** Other headers officials use for the same column: 「城市」 for 城市名称, 「lat」 for 纬度 … */
  aliases?: readonly string[];
  /** For the template's instructions. */
  hint?: string;
  /** Must a new row fill it? (Existing entries keep what a blank cell leaves out.) */
  needed?: boolean;
}

/** The schema's leaf fields as columns, skipping lists of records (those have a sheet of their own). */
export function schemaColumns(fields: Record<string, FieldInfo>): Column[] {
  return [...leaves(fields, undefined, (info) => info.kind !== 'object')]
    .filter(({ info }) => !(info.kind === 'array' && info.element.kind === 'object'))
    .map(({ path, info }) => ({ path, label: info.meta?.label ?? path, info, ...(info.meta?.hint ? { hint: info.meta.hint } : {}) }));
}

/** Puts the columns an official fills first in that order; the rest keep the schema's order. */
export function ordered(columns: Column[], first: readonly string[], extra: Partial<Record<string, Partial<Column>>>): Column[] {
  const byPath = new Map(columns.map((c) => [c.path, c]));
  const head = first.map((p) => byPath.get(p) ?? ({ path: p, label: p }));
  const rest = columns.filter((c) => !first.includes(c.path));
  // An import hint (「空白时……」) follows the schema's own hint.
  const all = [...head, ...rest].map((c) => {
    const more = extra[c.path];
    const hint = [c.hint, more?.hint].filter(Boolean).join('；');
    return { ...c, ...more, ...(hint ? { hint } : {}) };
  });
  const labels = all.map((c) => c.label);
  const twice = labels.find((l, i) => labels.indexOf(l) !== i);
  if (twice) throw new Error(`import: two columns are both labelled 「${twice}」`);
  return all;
}

/** Headers compare without spaces, asterisks, full-width forms and a trailing note such as （必填） or （人）. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]/g, '').replace(/\(.*\)$/, '').toLowerCase();
}

export interface RowError {
  row: number;
  column?: string;
  message: string;
}

export const errorLine = (e: RowError) => `第 ${e.row} 行${e.column ? `「${e.column}」` : ''}：${e.message}`;

export interface Mapped {
  /** The header row's number. */
  headerRow: number;
  /** For each column of the spec, the index of the sheet column holding it (or -1). */
  index: Map<Column, number>;
  rows: Table['rows'];
}

/** Columns officials add that hold no data of the entry: the running number. */
const SKIPPED = new Set(['序号', '编号', 'no.', 'no']);

/**
 * Finds the header row (the first of the top rows that names a column; a title row above it is
 * skipped) and maps each header to a column. A header nobody knows is an error: its data would otherwise be lost.
 */
function headerLookup(columns: Column[]) {
  const keys = new Map<string, Column>();
  for (const c of columns) for (const name of [c.label, c.path, ...(c.aliases ?? [])]) keys.set(headerKey(name), c);
  return (cell: Cell) => (cell === undefined ? undefined : keys.get(headerKey(String(cell))));
}

const findHeader = (table: Table, lookup: ReturnType<typeof headerLookup>) => table.rows.slice(0, 10).find((r) => r.cells.some((c) => lookup(c)));

/** The sheet to import: the first whose header names a column (a cover sheet before it is passed over). */
export function pickTable(tables: readonly Table[], columns: Column[]): Table {
  const lookup = headerLookup(columns);
  return tables.find((t) => findHeader(t, lookup)) ?? tables[0]!;
}

export function mapColumns(table: Table, columns: Column[]): { mapped?: Mapped; errors: RowError[] } {
  const lookup = headerLookup(columns);
  const header = findHeader(table, lookup);
  if (!header) {
    return { errors: [{ row: 1, message: `找不到表头行。第一行应是列名，如 ${columns.slice(0, 4).map((c) => `「${c.label}」`).join('')}（可先运行 npm run import -- template 生成模板）` }] };
  }
  const errors: RowError[] = [];
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    if (cell === undefined || SKIPPED.has(headerKey(String(cell)))) return;
    const column = lookup(cell);
    // An unknown column with nothing in it (an empty 备注) loses nothing.
    const empty = !table.rows.some((r) => r.row > header.row && r.cells[i] !== undefined && r.cells[i] !== '');
    if (!column && empty) return;
    if (!column) errors.push({ row: header.row, message: `不认识的列「${String(cell)}」。可用的列：${columns.map((c) => c.label).join('、')}` });
    else if (index.has(column)) errors.push({ row: header.row, message: `「${column.label}」列出现了两次` });
    else index.set(column, i);
  });
  const rows = table.rows.filter((r) => r.row > header.row);
  return { mapped: { headerRow: header.row, index, rows }, errors };
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', 'x']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗']);

/** 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日 → 2024-01-05; an Excel date serial too. */
function dateText(cell: Cell): string | undefined {
  if (typeof cell === 'number' && cell > 20000 && cell < 80000) return isoDate(new Date(Date.UTC(1899, 11, 30) + cell * 86400000));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(String(cell).normalize('NFKC').trim());
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/**
 * A cell as the value its field wants, or the reason it cannot be. Range, pattern and allowed values are left to
 * the schema, which words them the same way as everywhere else.
 */
export function cellValue(info: FieldInfo, cell: Cell): { value: unknown } | { error: string } {
  const text = String(cell).normalize('NFKC').trim();
  switch (info.kind) {
    case 'number': {
      const n = typeof cell === 'number' ? cell : Number(text.replace(/[,\s]/g, ''));
      return Number.isFinite(n) && text !== '' ? { value: n } : { error: `应为数字，现为「${String(cell)}」` };
    }
    case 'boolean':
    case 'true': {
      if (typeof cell === 'boolean') return { value: cell };
      if (YES.has(text.toLowerCase())) return { value: true };
      if (NO.has(text.toLowerCase())) return { value: false };
      return { error: `应填「是」或「否」，现为「${String(cell)}」` };
    }
    case 'date': {
      const d = dateText(cell);
      return d ? { value: d } : { error: `应为日期，如 2024-01-05，现为「${String(cell)}」` };
    }
    case 'array':
      return listValue(info.element, String(cell));
    default:
      // Codes typed into Excel often arrive as numbers (510100); text fields want the digits as written.
      return { value: typeof cell === 'string' ? cell.trim() : String(cell) };
  }
}

/** What separates the items of a list in one cell, as editors type them: 「财务、融资」. */
export const LIST_SEPARATORS = /[、,，;；\n]/;

/**
 * A list cell. Items from a fixed list are matched as whole options, longest first, so that 「农、林、牧、渔业」 (an
 * industry whose name holds 「、」) stays one item; free text is split at the separators.
 */
function listValue(element: FieldInfo, text: string): { value: unknown } {
  if (element.kind !== 'enum') return { value: text.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean) };
  const options = [...element.options].sort((a, b) => b.length - a.length);
  const items: string[] = [];
  let rest = text.normalize('NFKC').trim();
  while (rest) {
    // Not an option: taken up to the next separator, for the schema check to name with the row's other errors.
    const item = options.find((o) => rest.startsWith(o)) ?? rest.split(LIST_SEPARATORS)[0]!;
    if (item.trim()) items.push(item.trim());
    rest = rest.slice(item.length).replace(/^\s*[、,，;；\n]?\s*/, '');
  }
  return { value: items };
}

/** Sets `location.lat` on a nested record. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let here = target;
  for (const key of keys.slice(0, -1)) {
    const next = here[key];
    here = (here[key] = next && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {});
  }
  here[keys[keys.length - 1]!] = value;
}

export function getPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), source);
}

/** One data row read through the columns: the values given (blank cells absent) and the cells that were wrong. */
export function readRow(mapped: Mapped, row: Mapped['rows'][number]) {
  const values = new Map<Column, unknown>();
  const errors: RowError[] = [];
  for (const [column, i] of mapped.index) {
    const cell = row.cells[i];
    if (cell === undefined || cell === '') continue;
    if (!column.info) {
      values.set(column, typeof cell === 'string' ? cell : String(cell));
      continue;
    }
    const out = cellValue(column.info, cell);
    if ('error' in out) errors.push({ row: row.row, column: column.label, message: out.error });
    else values.set(column, out.value);
  }
  return { values, errors };
}

/** The schema's verdict on a row's entry, each problem under the column that holds the field (or the field's
 * label when no column does). */
export function schemaRowErrors(schema: z.ZodType, data: unknown, row: number, columns: readonly Column[]): RowError[] {
  const parsed = schema.safeParse(data);
  if (parsed.success) return [];
  const byPath = new Map(columns.map((c) => [c.path, c]));
  return problemsOf(schema, parsed.error).map((p) => {
    const path = p.path.filter((k) => typeof k === 'string').join('.');
    return { row, column: byPath.get(path)?.label ?? p.label, message: p.message };
  });
}
