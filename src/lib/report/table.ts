/**
 * The report as the template prints it: the item names on the left, merged down over their sub-items, then the
 * figure and where it came from. The same rows make the page's table and the .xlsx's.
 */
import { writeWorkbook } from '../publish/xlsx.ts';
import { UNFILLED, type AnnualReport, type Figure, type ReportRow } from './annual.ts';

/** The template's name columns: item, sub-item, item of the sub-item. */
export const NAME_COLUMNS = 3;

export interface NameCell {
  text: string;
  rowspan: number;
  colspan: number;
}

export interface TableRow {
  row: ReportRow;
  /** The name cells this row starts (those merged from a row above are left out). */
  names: NameCell[];
}

const samePrefix = (a: ReportRow, b: ReportRow | undefined, level: number) => !!b && b.path.length > level && a.path.slice(0, level + 1).join('\u0000') === b.path.slice(0, level + 1).join('\u0000');

export function tableRows(rows: readonly ReportRow[]): TableRow[] {
  return rows.map((row, i) => ({
    row,
    names: row.path.flatMap((text, level) => {
      if (samePrefix(row, rows[i - 1], level)) return [];
      let rowspan = 1;
      while (samePrefix(row, rows[i + rowspan], level)) rowspan++;
      return [{ text, rowspan, colspan: level === row.path.length - 1 ? NAME_COLUMNS - level : 1 }];
    }),
  }));
}

export const shownFigure = (value: Figure | undefined): string => (value === undefined ? UNFILLED : typeof value === 'number' ? String(value) : value);

/** The last column's heading: each figure's origin. */
export const SOURCE_HEADING = '来源说明';
export const SHEET_HEADER = ['项目', '子项', '细项', '数值', SOURCE_HEADING];

/** The spreadsheet's rows under its header: names padded to three columns, numbers kept as numbers. */
export function sheetRows(report: AnnualReport): Figure[][] {
  return report.rows.map((r) => [...r.path, ...Array<string>(NAME_COLUMNS - r.path.length).fill(''), r.value ?? UNFILLED, r.source]);
}

/** The year's report as an .xlsx: one sheet, the header bold and frozen, the same rows as the page. */
export const annualWorkbook = (report: AnnualReport): Uint8Array =>
  writeWorkbook([{ name: `${report.year}年度`, header: true, widths: [18, 24, 24, 28, 80], rows: [SHEET_HEADER, ...sheetRows(report)] }]);
