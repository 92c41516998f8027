/**
 * Importing the yearly results (年度工作成效): one row per city and year. A row for a year the city already has
 * replaces it; other years stay as they are. The whole city is checked again with its schema (合格人数 not more
 * than 培训人数 …) before anything is written.
 */
import type { ContentFile } from '../../../src/lib/content/files.ts';
import { citySchema, yearlyResultSchema } from '../../../src/collections/cities/schema.ts';
import { RESULT_SHEET } from '../../../src/collections/cities/import.ts';
import { problemsOf } from '../../../src/schemas/validate.ts';
import { fieldsOf } from '../../../src/schemas/walk.ts';
import { mapColumns, ordered, readRow, schemaColumns, type Column } from './columns.ts';
import { inSchemaOrder } from './cities.ts';
import { sameData, type Plan } from './plan.ts';
import type { Table } from './table.ts';

/** The columns naming the city: its name or its code (either is enough), then the schema's result fields, as
 * RESULT_SHEET orders and describes them. */
export function resultColumns(): Column[] {
  const city = fieldsOf(citySchema);
  const key = (path: 'name' | 'adcode'): Column => ({ path: `$${path}`, label: city[path]?.meta?.label ?? path });
  return ordered([key('name'), key('adcode'), ...schemaColumns(fieldsOf(yearlyResultSchema))], RESULT_SHEET.first, RESULT_SHEET.columns);
}

export interface ResultOptions {
  today: string;
  /** 数据来源 for the rows that leave it blank. */
  source?: string | undefined;
}

export function planResults(table: Table, cities: ContentFile[], options: ResultOptions): Plan {
  const columns = resultColumns();
  const [nameColumn, codeColumn] = columns;
  const { mapped, errors } = mapColumns(table, columns);
  const plan: Plan = { source: table.source, errors, changes: [] };
  if (!mapped) return plan;
  if (!mapped.index.has(nameColumn!) && !mapped.index.has(codeColumn!)) {
    errors.push({ row: mapped.headerRow, message: `表格至少要有「${nameColumn!.label}」或「${codeColumn!.label}」一列` });
    return plan;
  }
  const byPath = new Map(columns.map((c) => [c.path, c]));
  /** For each city, its new results by year, with the row each came from. */
  const updates = new Map<ContentFile, Map<number, { row: number; result: Record<string, unknown> }>>();
  for (const row of mapped.rows) {
    const { values, errors: rowErrors } = readRow(mapped, row);
    const err = (column: Column | undefined, message: string) => rowErrors.push({ row: row.row, ...(column ? { column: column.label } : {}), message });
    const name = values.get(nameColumn!) as string | undefined;
    const code = values.get(codeColumn!) as string | undefined;
    const city = cities.find((c) => (code !== undefined ? c.data.adcode === code : c.data.name === name));
    if (!city) err(code !== undefined ? codeColumn : nameColumn, `「${code ?? name ?? ''}」不在重点城市名单中（先用 npm run import -- cities 导入城市）`);
    else if (name !== undefined && code !== undefined && city.data.name !== name) err(nameColumn, `行政区划代码 ${code} 是「${String(city.data.name)}」，不是「${name}」`);

    const result: Record<string, unknown> = {};
    for (const [column, value] of values) if (column.info) result[column.path] = value;
    result.source ??= options.source;
    result.sample ??= false;
    const year = result.year as number | undefined;
    const parsed = yearlyResultSchema.safeParse(result);
    if (!parsed.success) {
      for (const p of problemsOf(yearlyResultSchema, parsed.error)) {
        const column = byPath.get(String(p.path[0]));
        // A cell already reported as unreadable is not reported again as missing.
        if (!rowErrors.some((e) => column && e.column === column.label)) err(column, p.message);
      }
    }
    if (city && year !== undefined) {
      const years = updates.get(city) ?? new Map<number, { row: number; result: Record<string, unknown> }>();
      const earlier = years.get(year);
      if (earlier) err(byPath.get('year'), `${String(city.data.name)} ${year} 年已在第 ${earlier.row} 行填写`);
      else years.set(year, { row: row.row, result: inSchemaOrder(fieldsOf(yearlyResultSchema), result) });
      updates.set(city, years);
    }
    errors.push(...rowErrors);
  }
  if (errors.length > 0) return plan;

  for (const [city, years] of updates) {
    const old = (city.data.results as Record<string, unknown>[] | undefined) ?? [];
    const results = [...old.filter((r) => !years.has(Number(r.year))), ...[...years.values()].map((y) => y.result)].sort(
      (a, b) => Number(a.year) - Number(b.year),
    );
    const changed = [...years.keys()].filter((y) => !sameData(old.find((r) => Number(r.year) === y), years.get(y)?.result));
    const data = { ...city.data, results, ...(changed.length ? { updated: options.today } : {}) };
    const parsed = citySchema.safeParse(data);
    if (!parsed.success) {
      for (const p of problemsOf(citySchema, parsed.error)) {
        const index = typeof p.path[1] === 'number' ? p.path[1] : -1;
        const year = Number(results[index]?.year);
        const column = byPath.get(String(p.path[2] ?? ''));
        errors.push({ row: years.get(year)?.row ?? mapped.headerRow, ...(column ? { column: column.label } : {}), message: p.message });
      }
      continue;
    }
    const name = `${String(city.data.name)}（${changed.length ? `${changed.join('、')} 年` : '无变化'}）`;
    plan.changes.push({ kind: changed.length ? 'change' : 'same', file: city.file, name, data, body: city.body });
  }
  return plan;
}
