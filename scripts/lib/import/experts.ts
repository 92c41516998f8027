/**
 * Importing the 创业专家 roster an office keeps in a spreadsheet: every row becomes (or updates) one file in
 * content/experts/. An expert is found by 网址标识, else by 姓名 and 所在城市 (a roster's natural key); what the sheet
 * leaves blank keeps its current value, the body always. The 所在城市 column takes the city's name as officials
 * write it. A name is published only where the sheet (or the entry) records the expert's consent: a blank
 * 「本人同意公开姓名」 is 否 and withdraws an earlier 是 (the report names each such entry by its public title), and the
 * report counts the names that will appear on the site.
 */
import { join } from 'node:path';
import type { ContentFile } from '../../../src/lib/content/files.ts';
import { pinyinReading } from '../../../src/lib/core/pinyin.ts';
import { titleSlug } from '../../../src/lib/core/slugify.ts';
import { expertSchema } from '../../../src/collections/experts/schema.ts';
import { EXPERT_SHEET } from '../../../src/collections/experts/import.ts';
import { fieldsOf } from '../../../src/schemas/walk.ts';
import { mapColumns, ordered, readRow, schemaColumns, schemaRowErrors, setPath, type Column, type RowError } from './columns.ts';
import { inSchemaOrder } from './cities.ts';
import { changeOf, sameData, withGiven, type Plan } from './plan.ts';
import type { Table } from './table.ts';

export function expertColumns(): Column[] {
  return ordered(schemaColumns(fieldsOf(expertSchema)), EXPERT_SHEET.first, EXPERT_SHEET.columns);
}

export interface ExpertImportOptions {
  root: string;
  today: string;
  /** Where the roster comes from, e.g. 「成都市创业专家服务团名单（2026年）」. */
  source?: string | undefined;
}

export function planExperts(table: Table, existing: ContentFile[], cities: ContentFile[], options: ExpertImportOptions): Plan & { named: number } {
  const columns = expertColumns();
  const byPath = new Map(columns.map((c) => [c.path, c]));
  const label = (path: string) => byPath.get(path)?.label ?? path;
  const { mapped, errors } = mapColumns(table, columns);
  const plan = { source: table.source, errors, changes: [] as Plan['changes'], notes: [] as string[], named: 0 };
  if (!mapped) return plan;
  for (const path of ['name', 'city']) {
    if (!mapped.index.has(byPath.get(path)!)) {
      errors.push({ row: mapped.headerRow, message: `表格要有「${label(path)}」一列` });
      return plan;
    }
  }
  const hasConsentColumn = mapped.index.has(byPath.get('consent')!);
  const taken = new Set(existing.map((e) => e.id));
  const seen = new Map<string, number>();
  const planned: { existing?: ContentFile | undefined; data: Record<string, unknown> }[] = [];
  for (const row of mapped.rows) {
    const { values, errors: cellErrors } = readRow(mapped, row);
    const rowErrors: RowError[] = [...cellErrors];
    const err = (path: string, message: string) => rowErrors.push({ row: row.row, column: label(path), message });
    const given: Record<string, unknown> = {};
    for (const [column, value] of values) if (column.info) setPath(given, column.path, value);
    // Blank is 否, as the template says: clearing the cell is how an office records a withdrawn consent, so it
    // must not keep an earlier 是. (A roster without the column leaves each entry's consent as it is.)
    if (hasConsentColumn && given.consent === undefined) given.consent = false;

    const cityText = given.city as string | undefined;
    const city = cities.find((c) => c.id === cityText || c.data.name === cityText || `${String(c.data.name)}`.replace(/市$/, '') === cityText);
    if (cityText !== undefined && !city) err('city', `「${cityText}」不在重点城市名单中：请写城市全称（如「成都市」）或网址标识`);
    if (city) given.city = city.id;
    const name = given.name as string | undefined;
    if (name === undefined) err('name', '必填，尚未填写（是否公开由「本人同意公开姓名」决定）');
    if (cityText === undefined) err('city', '必填，尚未填写');
    const key = `${name ?? ''}@${city?.id ?? ''}`;
    const earlier = seen.get(key);
    if (name && earlier !== undefined) err('name', `与第 ${earlier} 行是同一位专家（${name}，${cityText ?? ''}）`);
    else seen.set(key, row.row);

    const match =
      (typeof given.slug === 'string' ? existing.find((e) => e.id === given.slug) : undefined) ??
      existing.find((e) => e.data.name === name && e.data.city === city?.id);
    const base: Record<string, unknown> = match
      ? structuredClone(match.data)
      : { sample: false, consent: false, updated: options.today, source: { name: options.source ?? '创业专家名单' } };
    const data = withGiven(base, given, columns);
    const specialties = Array.isArray(data.specialties) ? (data.specialties as string[]) : [];
    const cityName = city ? String(city.data.name) : '';
    data.title ??= `${specialties.join('、')}创业专家（${cityName}）`;
    data.summary ??= `${cityName}的${typeof data.kind === 'string' ? data.kind : '创业专家'}，专长：${specialties.join('、')}。`;
    if (match) data.slug = match.id;
    else if (data.slug === undefined) data.slug = titleSlug(String(data.title), pinyinReading, taken);
    if (!match && taken.has(String(data.slug)) && given.slug !== undefined) err('slug', `网址标识「${String(data.slug)}」已被使用`);
    taken.add(String(data.slug));
    if (rowErrors.length === 0) {
      if (!match || !sameData(match.data, data)) data.updated = given.updated ?? options.today;
      rowErrors.push(...schemaRowErrors(expertSchema, data, row.row, columns));
    }
    errors.push(...rowErrors);
    planned.push({ existing: match, data: inSchemaOrder(fieldsOf(expertSchema), data) });
  }
  if (errors.length > 0) return plan;

  const fields = fieldsOf(expertSchema);
  for (const p of planned) {
    if (p.data.consent === true) plan.named++;
    // The report is read aloud in an office: it names the entry by its public title, never the person.
    const name = `${String(p.data.title)}（${String(p.data.slug)}）`;
    if (p.existing?.data.consent === true && p.data.consent !== true) plan.notes.push(`撤回公开姓名：${name}——「本人同意公开姓名」为空白或「否」，姓名将从网站上撤下`);
    plan.changes.push(changeOf(p.existing, p.data, fields, join(options.root, 'experts', `${String(p.data.slug)}.md`), name));
  }
  return plan;
}
