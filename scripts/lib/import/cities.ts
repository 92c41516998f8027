/**
 * Importing the list of key cities: every row becomes (or updates) one file in content/cities/. A city is found
 * by its 行政区划代码, else by its name; what the sheet leaves blank keeps its current value (the body and the
 * yearly results always do). Every row is checked — GB/T 2260 code and name, the point inside its province, the
 * schema — before anything is written.
 */
import { join } from 'node:path';
import type { ContentFile } from '../../../src/lib/content/files.ts';
import { coordSystemOf, COORD_SYSTEMS, parsePoint, toWgs84 } from '../../../src/lib/geo/coords.ts';
import { findBrokenRelations } from '../../../src/lib/content/relations.ts';
import { pinyinReading } from '../../../src/lib/core/pinyin.ts';
import { citySlug } from '../../../src/lib/core/slugify.ts';
import { SCHEMAS, type CollectionName } from '../../../src/schemas/index.ts';
import { citySchema } from '../../../src/collections/cities/schema.ts';
import { CITY_SHEET } from '../../../src/collections/cities/import.ts';
import { LIST_STATUS, PROVINCES } from '../../../src/schemas/taxonomies.ts';
import { fieldsOf, type FieldInfo } from '../../../src/schemas/walk.ts';
import { codesOf, GB2260, namesStartingWith, provinceCodeAt } from '../gb2260.ts';
import { getPath, mapColumns, ordered, readRow, schemaColumns, schemaRowErrors, setPath, type Column, type RowError } from './columns.ts';
import { changeOf, sameData, withGiven, type Plan } from './plan.ts';
import type { Table } from './table.ts';
import { asText } from '../../../src/lib/core/format.ts';

const [VERIFIED, UNVERIFIED] = LIST_STATUS;

/** The import-only column saying which system the coordinates are in. */
export const COORDS_COLUMN: Column = {
  path: '$coords',
  label: '坐标系',
  aliases: ['坐标类型', '坐标系统'],
  hint: `坐标取自哪种地图：${COORD_SYSTEMS.map((s) => s.label).join('；')}。空白按 WGS84，导入时换算为 WGS84`,
};

/** Both coordinates in one cell, as map pickers copy them: 「104.065735,30.659462」 (either order). */
export const POINT_COLUMN: Column = {
  path: '$point',
  label: '经纬度',
  aliases: ['坐标', '经纬度坐标', '坐标点'],
  hint: '可代替纬度、经度两列：如 104.065735,30.659462（从地图坐标拾取器复制，顺序不限）',
};

/** The city sheet's columns: the schema's fields and the coordinate columns, as CITY_SHEET orders and describes them. */
export function cityColumns(): Column[] {
  const columns = [...schemaColumns(fieldsOf(citySchema)), COORDS_COLUMN, POINT_COLUMN];
  return ordered(columns, CITY_SHEET.first, CITY_SHEET.columns);
}

export interface ImportOptions {
  root: string;
  today: string;
  /** 名单依据 of an official list: sets 已核实 and the source on every row the sheet leaves them blank. */
  source?: string | undefined;
  /** Remove the cities the sheet does not list (refused while another entry refers to them). */
  replace?: boolean;
}

const summaryFor = (name: string, status: string) =>
  status === VERIFIED ? `${name}，全国创业促就业工作重点联系城市。` : `${name}，列入本站重点联系城市名单，待与官方名单核对。`;

/** `data` with its keys in the schema's order, as the CMS writes them. */
export function inSchemaOrder(fields: Record<string, FieldInfo>, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, info] of Object.entries(fields)) {
    const v = data[key];
    if (v === undefined) continue;
    out[key] = info.kind === 'object' && v && typeof v === 'object' ? inSchemaOrder(info.fields, v as Record<string, unknown>) : v;
  }
  return out;
}

interface RowPlan {
  row: number;
  existing?: ContentFile | undefined;
  data: Record<string, unknown>;
}

/**
 * Columns of the site's own open data (/data/cities.csv) that the template does not have: the id and address
 * follow from 网址标识, and the yearly results, one JSON cell, are loaded by `import -- results`. Read so that an
 * export comes back unchanged; results that differ from the entry's are refused rather than dropped.
 */
const EXPORT_COLUMNS: Column[] = [
  { path: '$id', label: '标识', aliases: ['id'] },
  { path: '$url', label: '网址', aliases: ['url'] },
  { path: '$results', label: '年度工作成效', aliases: ['results'] },
];

export function planCities(table: Table, existing: ContentFile[], others: Record<CollectionName, ContentFile[]>, options: ImportOptions): Plan {
  const columns = [...cityColumns(), ...EXPORT_COLUMNS];
  const byPath = new Map(columns.map((c) => [c.path, c]));
  const label = (path: string) => byPath.get(path)?.label ?? path;
  const coordsColumn = byPath.get(COORDS_COLUMN.path) ?? COORDS_COLUMN;
  const pointColumn = byPath.get(POINT_COLUMN.path) ?? POINT_COLUMN;
  const { mapped, errors } = mapColumns(table, columns);
  const plan: Plan = { source: table.source, errors, changes: [] };
  if (!mapped) return plan;
  if (!columns.some((c) => (c.path === 'name' || c.path === 'adcode') && mapped.index.has(c))) {
    errors.push({ row: mapped.headerRow, message: `表格至少要有「${label('name')}」或「${label('adcode')}」一列` });
    return plan;
  }

  const seen = new Map<string, number>();
  const taken = new Set(existing.map((e) => e.id));
  const planned: RowPlan[] = [];
  for (const row of mapped.rows) {
    const { values, errors: cellErrors } = readRow(mapped, row);
    const rowErrors: RowError[] = [...cellErrors];
    const given: Record<string, unknown> = {};
    for (const [column, value] of values) if (column.info) setPath(given, column.path, value);
    const err = (path: string | undefined, message: string) => rowErrors.push({ row: row.row, ...(path ? { column: label(path) } : {}), message });

    // Name and code: each may be derived from the other; given both, they must agree with GB/T 2260.
    let name = given.name as string | undefined;
    let adcode = given.adcode as string | undefined;
    if (adcode !== undefined && !GB2260.has(adcode)) err('adcode', `GB/T 2260 中没有行政区划代码 ${adcode}（地级市的代码以 00 结尾，如成都市 510100）`);
    else if (adcode !== undefined && name !== undefined && GB2260.get(adcode) !== name) {
      const right = codesOf(name);
      err('adcode', `行政区划代码 ${adcode} 是「${GB2260.get(adcode)}」，不是「${name}」${right.length ? `（${name}的代码是 ${right.join('、')}）` : ''}`);
    } else if (adcode === undefined && name !== undefined) {
      const codes = codesOf(name);
      if (codes.length === 1) adcode = codes[0];
      else if (codes.length) err('name', `「${name}」有多个行政区划代码（${codes.join('、')}），请填写「${label('adcode')}」`);
      else {
        // Lists often drop 市 or 自治州: name the full name when only one fits.
        const full = namesStartingWith(name);
        err('name', `GB/T 2260 中没有叫「${name}」的地级以上城市，${full.length === 1 ? `是否为「${full[0]}」？请写全称` : '请写全称（如「成都市」）'}或填写「${label('adcode')}」`);
      }
    }
    if (name === undefined && adcode !== undefined) name = GB2260.get(adcode);
    if (name === undefined) err('name', '必填，尚未填写');

    const key = adcode ?? name ?? '';
    const earlier = seen.get(key);
    if (earlier !== undefined) err('name', `与第 ${earlier} 行是同一个城市（${name ?? ''} ${adcode ?? ''}）`);
    else seen.set(key, row.row);

    const match = existing.find((e) => e.data.adcode === adcode) ?? existing.find((e) => e.data.name === name);
    const province = PROVINCES.find((p) => adcode !== undefined && p.code.slice(0, 2) === adcode.slice(0, 2));

    // Coordinates: both or neither, converted from the system the sheet names.
    const systemText = asText(values.get(coordsColumn));
    const system = coordSystemOf(systemText);
    if (!system) err('$coords', `应为 ${COORD_SYSTEMS.map((s) => s.value).join('、')} 之一（或写「高德」「百度」），现为「${systemText}」`);
    const pointText = values.get(pointColumn);
    if (pointText !== undefined) {
      const point = parsePoint(asText(pointText));
      if ('error' in point) err('$point', `${point.error}，现为「${asText(pointText)}」`);
      else if (given.location) err('$point', '「经纬度」与「纬度」「经度」只填一种');
      else given.location = point;
    }
    const loc = given.location as { lat?: number; lng?: number } | undefined;
    const badCell = (path: string) => cellErrors.some((e) => e.column === label(path));
    if (badCell('location.lat') || badCell('location.lng')) delete given.location;
    else if (loc && (loc.lat === undefined) !== (loc.lng === undefined)) err(loc.lat === undefined ? 'location.lat' : 'location.lng', '纬度和经度要一起填写');
    else if (loc?.lat !== undefined && loc.lng !== undefined && system) {
      if (Math.abs(loc.lat) > 60 && Math.abs(loc.lng) <= 60) err('location.lat', `纬度 ${loc.lat} 不可能在中国境内：是否把经度和纬度填反了？`);
      else given.location = toWgs84(system, { lat: loc.lat, lng: loc.lng });
    }

    const resultsText = values.get(byPath.get('$results')!);
    if (resultsText !== undefined) {
      let same = false;
      try {
        same = sameData(JSON.parse(asText(resultsText)), match?.data.results ?? []);
      } catch {
        /* not JSON: refused below */
      }
      if (!same) err('$results', '年度工作成效请用 npm run import -- results 导入；这一列（开放数据导出的 JSON）只用于核对，须与现有数据一致');
    }

    const base: Record<string, unknown> = match
      ? structuredClone(match.data)
      : { title: name, sample: false, updated: options.today, results: [], agency: name ? `${name}人力资源和社会保障局` : undefined };
    const data = withGiven(base, given, columns);
    if (name) data.name = name;
    if (adcode) data.adcode = adcode;
    if (given.province === undefined && province) data.province = province.name;
    if (given.municipality === undefined && province) data.municipality = 'municipality' in province && province.code === adcode;
    if (options.source) {
      if (given.list_status === undefined) data.list_status = VERIFIED;
      if (given.list_source === undefined) data.list_source = options.source;
      if (getPath(given, 'source.name') === undefined) data.source = { name: options.source };
    }
    data.list_status ??= UNVERIFIED;
    if (given.summary === undefined && name && (!match || match.data.list_status !== data.list_status)) {
      data.summary = summaryFor(name, String(data.list_status));
    }
    if (getPath(data, 'source.name') === undefined && typeof data.list_source === 'string') data.source = { name: data.list_source };

    // The point must lie in the city's own province (a swapped or shifted point usually does not).
    const point = data.location as { lat?: number; lng?: number } | undefined;
    if (point?.lat !== undefined && point.lng !== undefined && province && (given.location || !match)) {
      const at = provinceCodeAt({ lat: point.lat, lng: point.lng });
      if (at !== province.code) {
        const where = PROVINCES.find((p) => p.code === at)?.name;
        err('location.lat', `坐标（纬度 ${point.lat}，经度 ${point.lng}）不在${province.name}境内，${where ? `而在${where}` : '也不在中国任何省份内'}。请核对经纬度和「坐标系」`);
      }
    }

    if (match) data.slug = match.id;
    else if (data.slug === undefined && name) data.slug = citySlug(name, pinyinReading, taken);
    if (typeof data.slug === 'string') {
      if (!match && taken.has(data.slug)) err('slug', `网址标识「${data.slug}」已被 ${data.slug}.md 使用`);
      taken.add(data.slug);
    }
    if (match && given.slug !== undefined && given.slug !== match.id) err('slug', `已有城市的网址标识不能修改（现为「${match.id}」）`);

    if (!match && data.list_source === undefined) {
      err('list_source', '新增的城市要写明列入名单的依据：填写这一列，或导入时加 --source "官方名单的文件名称和文号"');
    }
    if (rowErrors.length === 0) {
      if (!match || !sameData(match.data, data)) data.updated = given.updated ?? options.today;
      rowErrors.push(...schemaRowErrors(citySchema, data, row.row, columns));
    }
    errors.push(...rowErrors);
    planned.push({ row: row.row, existing: match, data: inSchemaOrder(fieldsOf(citySchema), data) });
  }
  if (errors.length > 0) return plan;

  const dir = join(options.root, 'cities');
  const fields = fieldsOf(citySchema);
  for (const p of planned) {
    const name = `${String(p.data.name)}（${String(p.data.slug)}）`;
    plan.changes.push(changeOf(p.existing, p.data, fields, join(dir, `${String(p.data.slug)}.md`), name));
  }

  if (options.replace) {
    const kept = new Set(planned.map((p) => p.existing?.id).filter(Boolean));
    const removed = existing.filter((e) => !kept.has(e.id));
    const loaded = (list: ContentFile[]) => list.map((e) => ({ id: e.id, filePath: e.file, data: e.data }));
    const remaining = Object.fromEntries(Object.entries(others).map(([k, list]) => [k, loaded(list)])) as Record<CollectionName, ReturnType<typeof loaded>>;
    remaining.cities = planned.map((p) => ({ id: String(p.data.slug), filePath: '', data: p.data }));
    const broken = findBrokenRelations(SCHEMAS, remaining).filter((b) => b.collection === 'cities');
    if (broken.length > 0) {
      const files = [...new Set(broken.map((b) => b.file))];
      errors.push({
        row: mapped.headerRow,
        message: `--replace 会删除 ${[...new Set(broken.map((b) => b.missing))].join('、')}，但这些文件还引用它们：${files.join('、')}。请先修改这些文件，或把这些城市留在表格里`,
      });
      plan.changes = [];
      return plan;
    }
    for (const e of removed) plan.changes.push({ kind: 'remove', file: e.file, name: `${String(e.data.name)}（${e.id}）` });
  }
  return plan;
}
