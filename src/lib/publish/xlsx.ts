/**
 * Excel workbooks (.xlsx, Office Open XML) read and written with two small, maintained libraries: fflate for the
 * zip container and fast-xml-parser for the XML. Only what an office's list needs: cell values (shared and inline
 * strings, numbers, booleans, dates, formula results), which rows and sheets are hidden, which formulas have no
 * stored result; and, for our templates, a bold frozen header, column widths, text columns and drop-down lists.
 * Every size is checked against declared limits before anything is unpacked, so a zip bomb is refused unread.
 */
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

export type Value = string | number | boolean | undefined;

/** A formula as a template or a test writes it; `result` is what Excel stores as its last computed value. */
export interface Formula {
  formula: string;
  result?: string | number;
}

export interface ReadCell {
  /** A1-style reference. */
  ref: string;
  value: Value;
  /** A formula without a stored result (a file written by a program, never recalculated): its value is unknown. */
  uncomputed?: string;
}

export interface ReadSheet {
  name: string;
  hidden: boolean;
  /** 1-based numbers of the columns a reader does not see: hidden, or 0 wide. */
  hiddenColumns: number[];
  rows: { row: number; hidden: boolean; cells: (ReadCell | undefined)[] }[];
}

export interface Limits {
  /** Largest unpacked part of the workbook, in bytes. */
  partBytes: number;
  /** All unpacked parts together, in bytes. */
  totalBytes: number;
  /** Rows per sheet. */
  rows: number;
}

export class WorkbookError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Elements only: a cell's r="A1" attribute shares its name with the rich-text run element <r>.
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'numFmt', 'xf'].includes(name),
});

type Node = Record<string, unknown>;
const node = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.map(node) : v ? [node(v)] : []);
/** The text of an element that may carry attributes (xml:space="preserve"). */
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' ? text((v as Node)['#text']) : '');
/** The text of a shared or inline string: plain, or rich-text runs; phonetic guides (rPh) left out. */
/** An attribute's value ('' when absent). */
const attr = (n: Node, name: string): string => text(n[name]);
const stringItem = (si: Node): string => ('t' in si ? text(si.t) : list(si.r).map((r) => text(r.t)).join(''));

/** Column letters → 1-based index. */
export const columnIndex = (ref: string): number => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
/** 1-based index → column letters. */
export const columnName = (index: number): string => (index <= 0 ? '' : columnName(Math.floor((index - 1) / 26)) + String.fromCharCode(65 + ((index - 1) % 26)));

/** Built-in number formats that show dates (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** A custom format shows a date when, outside quotes and brackets, it has a day, month or year code. */
const isDateCode = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** Days since 1899-12-30 (or 1904-01-01) → YYYY-MM-DD. */
function serialDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0)) * 86_400_000) + Date.UTC(1899, 11, 30);
  return new Date(ms).toISOString().slice(0, 10);
}

/** The parts of the zip, each checked against the limits by its declared size before it is inflated. */
function unpack(bytes: Uint8Array, limits: Limits): Record<string, Uint8Array> {
  let total = 0;
  let tooBig: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > limits.partBytes || total > limits.totalBytes) tooBig ??= f.name;
        // Only the workbook's XML is needed; pictures and the like are never inflated.
        return !tooBig && /^(\[Content_Types\]\.xml|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/.test(f.name);
      },
    });
  } catch (e) {
    throw new WorkbookError(`无法解压（${(e as Error).message}），文件可能已损坏或已加密`);
  }
  if (tooBig) {
    throw new WorkbookError(
      `解压后过大（其中「${tooBig}」，合计已超过 ${Math.round(limits.totalBytes / 1048576)} MB，单个部件上限 ${Math.round(limits.partBytes / 1048576)} MB），不像一份城市名单，已拒绝读取`,
    );
  }
  return files;
}

export function readWorkbook(bytes: Uint8Array, limits: Limits): ReadSheet[] {
  const files = unpack(bytes, limits);
  const xml = (path: string): Node => {
    const file = files[path];
    return file ? node(parser.parse(strFromU8(file))) : {};
  };
  const workbook = node(xml('xl/workbook.xml').workbook);
  if (!files['xl/workbook.xml']) throw new WorkbookError('不是 Excel 工作簿（缺少 xl/workbook.xml）');
  const date1904 = ['1', 'true'].includes(attr(node(workbook.workbookPr), 'date1904'));
  const rels = new Map(list(node(xml('xl/_rels/workbook.xml.rels').Relationships).Relationship).map((r) => [attr(r, 'Id'), attr(r, 'Target')]));
  const shared = list(node(xml('xl/sharedStrings.xml').sst).si).map(stringItem);
  const styles = node(xml('xl/styles.xml').styleSheet);
  const customDates = new Set(list(node(styles.numFmts).numFmt).filter((f) => isDateCode(attr(f, 'formatCode'))).map((f) => Number(f.numFmtId)));
  const dateStyles = list(node(styles.cellXfs).xf).map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    return DATE_FORMAT_IDS.has(id) || customDates.has(id);
  });

  return list(node(workbook.sheets).sheet).map((sheet) => {
    const name = attr(sheet, 'name');
    const target = rels.get(attr(sheet, 'id')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const raw = files[path] ? strFromU8(files[path]) : '';
    // Counted before the XML is parsed: a sheet of a million rows is refused without building it in memory.
    const rowCount = raw.match(/<(?:\w+:)?row[\s>]/g)?.length ?? 0;
    if (rowCount > limits.rows) throw new WorkbookError(`工作表「${name}」有 ${rowCount} 行，超过一次导入的上限 ${limits.rows} 行，请分批导入`);
    const worksheet = node(node(parser.parse(raw)).worksheet);
    const data = node(worksheet.sheetData);
    // <col min max hidden width>: a range of columns hidden, or so narrow (width 0) that nobody sees them.
    const hiddenColumns = list(node(worksheet.cols).col).flatMap((col) => {
      const narrow = attr(col, 'width') !== '' && Number(attr(col, 'width')) === 0;
      if (!['1', 'true'].includes(attr(col, 'hidden')) && !narrow) return [];
      const min = Number(attr(col, 'min'));
      const max = Number(attr(col, 'max') || min);
      return Array.from({ length: Math.min(max, 16_384) - min + 1 }, (_, k) => min + k);
    });
    const rows = list(data.row).map((row, i) => {
      const cells: (ReadCell | undefined)[] = [];
      for (const c of list(row.c)) {
        const ref = attr(c, 'r') || `${columnName(cells.length + 1)}${i + 1}`;
        const type = attr(c, 't') || 'n';
        const hasFormula = 'f' in c;
        const v = 'v' in c ? text(c.v) : undefined;
        let value: Value;
        if (type === 's') value = v === undefined ? undefined : shared[Number(v)];
        else if (type === 'inlineStr') value = stringItem(node(c.is));
        else if (type === 'b') value = v === undefined ? undefined : v === '1';
        else if (type === 'str' || type === 'e') value = v;
        else if (type === 'd') value = v?.slice(0, 10);
        else if (v !== undefined && v !== '') value = dateStyles[Number(c.s ?? 0)] ? serialDate(Number(v), date1904) : Number(v);
        const cell: ReadCell = { ref, value: typeof value === 'string' && value.trim() === '' ? undefined : value };
        if (hasFormula && (v === undefined || v === '')) cell.uncomputed = text(c.f) || '（共享公式）';
        cells[columnIndex(ref) - 1] = cell;
      }
      // A row 0 high is as hidden as one marked so.
      const hidden = ['1', 'true'].includes(attr(row, 'hidden')) || (attr(row, 'ht') !== '' && Number(attr(row, 'ht')) === 0);
      return { row: Number(row.r ?? i + 1), hidden, cells };
    });
    return { name, hidden: ['hidden', 'veryHidden'].includes(attr(sheet, 'state')), hiddenColumns, rows };
  });
}

// ——— writing ———

export type WriteValue = Value | null | Formula;

export interface WriteSheet {
  name: string;
  rows: WriteValue[][];
  hidden?: boolean;
  /** 1-based numbers of rows to hide (tests write such files). */
  hiddenRows?: number[];
  /** 1-based numbers of columns to hide, and of columns to make 0 wide (tests write such files). */
  hiddenColumns?: readonly number[];
  zeroWidthColumns?: readonly number[];
  /** Row 1 bold and frozen. */
  header?: boolean;
  widths?: number[];
  /** 0-based columns kept as text (codes such as 110000 must not become 1.1E+05). */
  textColumns?: number[];
  /** Drop-down lists: 0-based column, allowed values, the message Excel shows for anything else. */
  lists?: { column: number; options: string[]; error: string }[];
  /** Rows the drop-down lists cover (default 1000). */
  listRows?: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** XML 1.0 cannot carry most control characters; Excel cannot either. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const clean = (s: string) => escape(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));

const STYLE = { plain: 0, bold: 1, text: 2 } as const;

function cellXml(ref: string, value: WriteValue, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === undefined || value === null || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'object') {
    const result = value.result === undefined ? '' : `<v>${clean(String(value.result))}</v>`;
    return `<c r="${ref}"${s}${typeof value.result === 'string' ? ' t="str"' : ''}><f>${clean(value.formula)}</f>${result}</c>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${clean(String(value))}</t></is></c>`;
}

function sheetXml(sheet: WriteSheet): string {
  const text = new Set(sheet.textColumns ?? []);
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const rows = sheet.rows.map((cells, r) => {
    const number = r + 1;
    const xml = cells.map((v, c) => cellXml(`${columnName(c + 1)}${number}`, v, sheet.header && r === 0 ? STYLE.bold : text.has(c) ? STYLE.text : STYLE.plain)).join('');
    return `<row r="${number}"${hiddenRows.has(number) ? ' hidden="1"' : ''}>${xml}</row>`;
  });
  const views = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  const zeroWidth = new Set(sheet.zeroWidthColumns ?? []);
  const columnCount = Math.max(sheet.widths?.length ?? 0, ...hiddenColumns, ...zeroWidth);
  const colXml = (n: number) => {
    const width = zeroWidth.has(n) ? 0 : sheet.widths?.[n - 1];
    if (width === undefined && !hiddenColumns.has(n)) return '';
    return `<col min="${n}" max="${n}"${width === undefined ? ' width="9"' : ` width="${width}" customWidth="1"`}${hiddenColumns.has(n) ? ' hidden="1"' : ''}${text.has(n - 1) ? ` style="${STYLE.text}"` : ''}/>`;
  };
  const widths = columnCount ? `<cols>${Array.from({ length: columnCount }, (_, i) => colXml(i + 1)).join('')}</cols>` : '';
  const last = Math.max(sheet.listRows ?? 1000, sheet.rows.length);
  const lists = (sheet.lists ?? []).filter((l) => `"${l.options.join(',')}"`.length <= 255);
  const validations = lists.length
    ? `<dataValidations count="${lists.length}">${lists
        .map((l) => {
          const col = columnName(l.column + 1);
          return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" error="${clean(l.error)}" sqref="${col}2:${col}${last}"><formula1>"${clean(l.options.join(','))}"</formula1></dataValidation>`;
        })
        .join('')}</dataValidations>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${views}${widths}<sheetData>${rows.join('')}</sheetData>${validations}</worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The bytes of an .xlsx with these sheets, in order. */
export function writeWorkbook(sheets: WriteSheet[]): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${clean(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  // A fixed time in the zip's entries: the same workbook is the same bytes, build after build.
  return zipSync(files, { level: 6, mtime: '2000-01-01T00:00:00Z' });
}
