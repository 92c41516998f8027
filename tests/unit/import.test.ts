// npm run import: officials' spreadsheets into content/cities, checked row by row before anything is written.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, globSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import gcoord from 'gcoord';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCollection, type ContentFile } from '../../src/lib/content/files.ts';
import { distanceKm } from '../../src/lib/domain/matching.ts';
import { citySchema } from '../../src/collections/cities/schema.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { cityColumns, planCities } from '../../scripts/lib/import/cities.ts';
import { errorLine } from '../../scripts/lib/import/columns.ts';
import { officialCitySheet, officialResultSheet } from '../../scripts/lib/import/official-sheet.ts';
import { planResults } from '../../scripts/lib/import/results.ts';
import { apply } from '../../scripts/lib/import/plan.ts';
import { IMPORT_LIMITS, readTable, readTables, TableError, type Table } from '../../scripts/lib/import/table.ts';
import { writeTemplate } from '../../scripts/lib/import/template.ts';
import { readWorkbook, writeWorkbook, type ReadSheet, type WriteValue } from '../../src/lib/publish/xlsx.ts';
import { dataCsv } from '../../src/lib/publish/open-data.ts';
import type { Content } from '../../src/lib/content/entries.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';
import { tsx } from '../../scripts/lib/node.ts';
import { FIXTURE_ROOT } from '../helpers/content.ts';
import { asText } from '../../src/lib/core/format.ts';

const TODAY = '2026-06-30';
let root: string;
let work: string;

beforeEach(() => {
  work = scratchDir('import-');
  root = join(work, 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
});
// Each test's copy of the fixture goes with it: 38 of them were left in tmp/ by every run.
afterEach(() => rmSync(work, { recursive: true, force: true }));

const all = () => Object.fromEntries(COLLECTIONS.map((c) => [c.name, readCollection(c.name, root)])) as Record<CollectionName, ContentFile[]>;
const cities = () => readCollection('cities', root);
const city = (slug: string) => cities().find((c) => c.id === slug)!;
const csv = (text: string): Table['rows'] =>
  text.split('\n').filter(Boolean).map((line, i) => ({ row: i + 1, cells: line.split(',').map((c) => (c === '' ? undefined : c)) }));
const table = (text: string): Table => ({ source: 'test', rows: csv(text) });
const planOf = (text: string, options: { replace?: boolean; source?: string } = {}) => planCities(table(text), cities(), all(), { root, today: TODAY, ...options });
const messages = (plan: { errors: Parameters<typeof errorLine>[0][] }) => plan.errors.map(errorLine);

/** The import command as an official runs it, on the scratch content folder. */
function runImport(...args: string[]) {
  return spawnSync(...tsx('scripts/import.ts', ...args), { env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8' });
}
/** A workbook as the import reads it. */
const book = (file: string): ReadSheet[] => readWorkbook(readFileSync(file), IMPORT_LIMITS);
const values = (sheet: ReadSheet) => sheet.rows.map((r) => Array.from(r.cells, (c) => c?.value));
const writeXlsx = (file: string, ...sheets: Parameters<typeof writeWorkbook>[0]) => writeFileSync(file, writeWorkbook(sheets));
/** Every file under content/ with its bytes' hash: what "nothing changed" means. */
const fingerprint = () => Object.fromEntries(globSync('**/*', { cwd: root, withFileTypes: false }).map((f) => [f, (() => { try { return createHash('sha256').update(readFileSync(join(root, f))).digest('hex'); } catch { return 'dir'; } })()]));
const snapshot = () => Object.fromEntries(readdirSync(join(root, 'cities')).map((f) => [f, readFileSync(join(root, 'cities', f), 'utf8')]));

describe('the template', () => {
  it('has the schema\'s Chinese labels as headers and a sheet of instructions', () => {
    const file = join(work, 't.xlsx');
    writeTemplate(file, '重点城市名单', cityColumns());
    const [sheet, help] = book(file);
    const headers = values(sheet!)[0]!;
    expect(headers.slice(0, 5)).toEqual(['城市名称', '省份', '行政区划代码', '纬度', '经度']);
    expect(headers).toEqual(expect.arrayContaining(['坐标系', '主管部门', '名单状态', '名单依据', '网址标识', '摘要', '来源名称']));
    // A field's label appears exactly as the schema declares it: change the label, the template follows.
    expect(headers).toContain((citySchema.shape.agency as unknown as { _zod: unknown }) && '主管部门');
    expect(help!.name).toBe('填写说明');
    const rows = values(help!).map((r) => r.map((v) => asText(v ?? '')).join('|'));
    expect(rows.find((r) => r.startsWith('名单状态'))).toContain('已核实、待核实');
    expect(rows.find((r) => r.startsWith('城市名称|是'))).toBeTruthy();
    // The drop-down list of 名单状态 is one range over the rows below the header, not a row of cells at a time.
    const xml = readFileSync(file).length;
    expect(xml).toBeLessThan(20_000);
  });

  it('filled, shows the data from the row under the header, as the file opens', () => {
    for (const kind of ['cities', 'results']) {
      const file = join(work, `filled-${kind}.xlsx`);
      expect(runImport('template', kind, '--filled', '--out', file).status).toBe(0);
      const [sheet] = book(file);
      expect(sheet!.rows[0]!.row).toBe(1);
      expect(sheet!.rows[1]!.row).toBe(2);
      expect(sheet!.rows.every((r, i) => r.row === i + 1)).toBe(true);
    }
    const [cities] = book(join(work, 'filled-cities.xlsx'));
    expect(values(cities!)[1]![0]).toBe(readCollection('cities', root)[0]!.data.name);
  });

  it('filled with the current list, comes back unchanged (xlsx and csv)', () => {
    for (const ext of ['xlsx', 'csv']) {
      const file = join(work, `now.${ext}`);
      expect(runImport('template', 'cities', '--filled', '--out', file).status).toBe(0);
      const plan = planCities(readTable(file), cities(), all(), { root, today: TODAY });
      expect(messages(plan)).toEqual([]);
      expect(plan.changes.filter((c) => c.kind !== 'same')).toEqual([]);
      expect(plan.changes).toHaveLength(100);
    }
    const results = join(work, 'results.xlsx');
    expect(runImport('template', 'results', '--filled', '--out', results).status).toBe(0);
    const plan = planResults(readTable(results), cities(), { today: TODAY });
    expect(plan.changes.every((c) => c.kind === 'same')).toBe(true);
  });

  it('filled in by hand with a new city, imports it with a pinyin slug and everything the site needs', () => {
    const file = join(work, 'new.xlsx');
    writeTemplate(file, '重点城市名单', cityColumns());
    const headers = values(book(file)[0]!)[0]!;
    const row: WriteValue[] = headers.map(() => undefined);
    row[headers.indexOf('城市名称')] = '乐山市';
    row[headers.indexOf('纬度')] = 29.552106;
    row[headers.indexOf('经度')] = 103.765568;
    writeXlsx(file, { name: '重点城市名单', header: true, rows: [headers, row] });
    const result = runImport('cities', file, '--source', '某某通知');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('新增 1');
    const added = city('leshan');
    expect(citySchema.parse(added.data)).toMatchObject({ name: '乐山市', province: '四川省', adcode: '511100', list_status: '已核实', list_source: '某某通知', municipality: false, agency: '乐山市人力资源和社会保障局', results: [] });
  });
});

describe('an official-style sheet of 100 cities', () => {
  it('is read past its title row and 序号 column, with 高德 coordinates converted back to WGS84', () => {
    const before = cities();
    const file = join(work, 'official.xlsx');
    officialCitySheet(file, before);
    const result = runImport('cities', file, '--source', '人社部办公厅关于公布重点联系城市名单的通知');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('修改 100');
    for (const b of before) {
      const after = citySchema.parse(city(b.id).data);
      expect(after.list_status).toBe('已核实');
      expect(after.source.name).toBe('人社部办公厅关于公布重点联系城市名单的通知');
      expect(after.summary).not.toMatch(/待|示例/);
      const was = b.data.location as { lat: number; lng: number };
      expect(distanceKm(was, after.location) * 1000, b.id).toBeLessThan(2);
      // What the sheet does not hold is kept: the results and the page text.
      expect(after.results.length).toBe((b.data.results as unknown[]).length);
      expect(city(b.id).body).toBe(b.body);
    }
  });

  it('loads 500 results rows: new years added, the years already there replaced, the others kept', () => {
    const file = join(work, 'results.xlsx');
    const rows = officialResultSheet(file, cities(), [2021, 2022, 2023, 2024, 2025]);
    expect(rows).toBe(500);
    const chengduBefore = (city('chengdu').data.results as { year: number }[]).map((r) => r.year);
    const result = runImport('results', file);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const years = (citySchema.parse(city('chengdu').data).results).map((r) => r.year);
    expect(years).toEqual([...new Set([...chengduBefore, 2021, 2022, 2023, 2024, 2025])].sort());
  });
});

describe('sheets as offices make them', () => {
  it('finds the list behind a cover sheet, reads a one-cell 经纬度 from 百度 and passes over an empty 备注 column', () => {
    // 乐山 as 百度's coordinate picker shows it (BD-09, longitude first).
    const [lng, lat] = gcoord.transform([103.765568, 29.552106], gcoord.WGS84, gcoord.BD09);
    const file = join(work, 'office.xlsx');
    writeXlsx(
      file,
      { name: '说明', rows: [['本表为全国创业促就业重点联系城市名单，由某省人社厅填报']] },
      { name: '名单', rows: [['序号', '城市', '经纬度', '坐标系', '备注'], [1, '乐山市', `${lng.toFixed(6)},${lat.toFixed(6)}`, '百度', undefined]] },
    );
    const result = runImport('cities', file, '--source', '某某通知');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Excel 工作表「名单」');
    const added = citySchema.parse(city('leshan').data);
    expect(distanceKm(added.location, { lat: 29.552106, lng: 103.765568 }) * 1000).toBeLessThan(2);
  });

  it('refuses both ways of giving the point at once, and a 经纬度 that is not a point in China', () => {
    const rows = [
      ['城市名称', '纬度', '经度', '经纬度'],
      ['乐山市', 29.55, 103.77, '103.77,29.55'],
      ['绵阳市', undefined, undefined, '2.35,48.85'],
    ].map((cells, i) => ({ row: i + 1, cells }));
    const text = messages(planCities({ source: 'test', rows }, cities(), all(), { root, today: TODAY }));
    expect(text).toContain('第 2 行「经纬度」：「经纬度」与「纬度」「经度」只填一种');
    expect(text.join('\n')).toMatch(/第 3 行「经纬度」：这个点不在中国境内/);
  });
});

describe('bad rows', () => {
  const header = '城市名称,行政区划代码,纬度,经度';
  const cases: [string, string, RegExp][] = [
    ['a wrong adcode', '成都市,510199,30.66,104.07', /第 2 行「行政区划代码」：GB\/T 2260 中没有行政区划代码 510199/],
    ['an adcode of another city', '成都市,510700,30.66,104.07', /第 2 行「行政区划代码」：行政区划代码 510700 是「绵阳市」，不是「成都市」（成都市的代码是 510100）/],
    ['a point in the wrong province', '绵阳市,510700,29.56,106.55', /第 2 行「纬度」：坐标（纬度 29\.56，经度 106\.55）不在四川省境内，而在重庆市/],
    ['latitude and longitude swapped', '绵阳市,510700,104.68,31.47', /第 2 行「纬度」：纬度 104\.68 不可能在中国境内：是否把经度和纬度填反了/],
    ['a missing name', ',,30.1,104.1', /第 2 行「城市名称」：必填/],
    ['text in a number column', '绵阳市,510700,北纬三十一度,104.68', /第 2 行「纬度」：应为数字，现为「北纬三十一度」/],
    ['a name GB/T 2260 does not know, suggesting the full one', '绵阳,,31.47,104.68', /第 2 行「城市名称」：GB\/T 2260 中没有叫「绵阳」的地级以上城市，是否为「绵阳市」？请写全称/],
  ];
  for (const [what, row, message] of cases) {
    it(`refuses ${what}`, () => {
      const plan = planOf(`${header}\n${row}`);
      expect(messages(plan).join('\n')).toMatch(message);
      expect(plan.changes).toEqual([]);
    });
  }

  it('refuses the same city twice, naming both rows', () => {
    expect(messages(planOf(`${header}\n成都市,510100,30.66,104.07\n成都市,,30.66,104.07`))).toContain('第 3 行「城市名称」：与第 2 行是同一个城市（成都市 510100）');
  });

  it('refuses a column it does not know instead of dropping its data', () => {
    expect(messages(planOf(`城市名称,人口\n成都市,2100万`)).join('')).toMatch(/第 1 行：不认识的列「人口」/);
  });

  it('refuses results for a future year, text counts, an unknown city and a year given twice', () => {
    const plan = planResults(
      table(
        '城市,年度,培训人数,培训合格人数,半年内开业人数,带动就业人数,一年以上稳定经营数,数据来源\n' +
          '成都市,2099,100,80,50,250,40,市人社局\n' +
          '成都市,2024,一千,80,50,250,40,市人社局\n' +
          '某某市,2024,100,80,50,250,40,市人社局\n' +
          '武汉市,2024,100,80,50,250,40,市人社局\n武汉市,2024,100,80,50,250,40,市人社局\n' +
          '西安市,2023,100,120,50,250,40,市人社局',
      ),
      cities(),
      { today: TODAY },
    );
    const text = messages(plan).join('\n');
    expect(text).toMatch(/第 2 行「年度」：年份不能晚于今年/);
    expect(text).toContain('第 3 行「培训人数」：应为数字，现为「一千」');
    expect(text).toContain('第 4 行「城市名称」：「某某市」不在重点城市名单中');
    expect(text).toContain('第 6 行「年度」：武汉市 2024 年已在第 5 行填写');
    expect(text).toContain('第 7 行「培训合格人数」：合格人数不能多于培训人数');
    expect(plan.changes).toEqual([]);
  });

  it('with any error, the command exits non-zero and writes nothing', () => {
    const file = join(work, 'bad.csv');
    writeFileSync(file, `${header}\n成都市,510100,30.70,104.10\n绵阳市,510700,29.56,106.55\n`);
    const before = snapshot();
    const result = runImport('cities', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('没有写入任何文件');
    expect(snapshot()).toEqual(before);
  });
});

describe('files as Excel and Windows write them', () => {
  it('reads CSV in UTF-8 with a BOM', () => {
    const file = join(work, 'bom.csv');
    writeFileSync(file, '\uFEFF城市名称,纬度,经度,主管部门\r\n成都市,30.659462,104.065735,成都市人社局\r\n');
    const result = runImport('cities', file, '--dry-run');
    expect(result.stdout).toMatch(/CSV（UTF-8（带 BOM） 编码）：新增 0，修改 1/);
    expect(result.stdout).toContain('成都市（chengdu）（主管部门）');
  });

  it('reads CSV in GB18030 as older Excel saves it', () => {
    const t = readTable(new URL('../fixtures/import/cities-gb18030.csv', import.meta.url).pathname);
    expect(t.source).toBe('CSV（GB18030 编码）');
    // A new city must say why it is on the list.
    expect(messages(planCities(t, cities(), all(), { root, today: TODAY }))).toEqual([expect.stringMatching(/^第 2 行「名单依据」：新增的城市要写明列入名单的依据/)]);
    const plan = planCities(t, cities(), all(), { root, today: TODAY, source: '某某通知' });
    expect(messages(plan)).toEqual([]);
    expect(plan.changes.map((c) => [c.kind, c.name])).toEqual([
      ['add', '乐山市（leshan）'],
      ['change', '成都市（chengdu）'],
    ]);
  });

  it('says what to do with an old .xls file', () => {
    const file = join(work, 'old.xls');
    writeFileSync(file, 'x');
    const result = runImport('cities', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('另存为');
  });
});

describe('--dry-run and --replace', () => {
  const list = (slugs: string[]) => ['城市名称,纬度,经度', ...slugs.map((s) => { const d = city(s).data as { name: string; location: { lat: number; lng: number } }; return `${d.name},${d.location.lat},${d.location.lng}`; })].join('\n');

  it('--dry-run reports adds, changes and removals and writes nothing', () => {
    const file = join(work, 'few.csv');
    const keep = cities().map((c) => c.id).filter((id) => !['hefei', 'anqing'].includes(id));
    writeFileSync(file, list(keep).replace('合肥', '合肥'));
    const before = snapshot();
    const result = runImport('cities', file, '--replace', '--dry-run');
    expect(result.stdout, result.stderr).toMatch(/删除 2/);
    expect(result.stdout).toContain('删除：安庆市（anqing）');
    expect(result.stdout).toContain('试运行');
    expect(snapshot()).toEqual(before);
    expect(runImport('cities', file, '--replace').status).toBe(0);
    expect(cities().map((c) => c.id)).not.toContain('anqing');
  });

  it('--replace refuses to remove a city another entry refers to, and names that file', () => {
    const keep = cities().map((c) => c.id).filter((id) => id !== 'changsha');
    const plan = planOf(list(keep), { replace: true });
    const text = messages(plan).join('\n');
    expect(text).toMatch(/--replace 会删除 changsha，但这些文件还引用它们：.*incubators\/changsha-shequ\.md/);
    expect(plan.changes).toEqual([]);
  });
});

it('without arguments, npm run import says how to use it', () => {
  const result = spawnSync('npm', ['run', '--silent', 'import'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('npm run import -- template cities|results');
}, 30_000);

describe('safe imports', () => {
  const FEATURES = new URL('../fixtures/import/excel-features.xlsx', import.meta.url).pathname;

  it('reads a workbook another program wrote: shared and rich text, dates, stored formula results, link text', () => {
    const [sheet, hidden] = book(FEATURES);
    expect(values(sheet!)[2]).toEqual([1, '成都市', '510100', 1200, '2024-01-05', '富文本']);
    expect(values(sheet!)[3]).toEqual([2, '武汉市', '420100', 2400, '2024-02-29', '链接']);
    expect(sheet!.rows[4]!.cells[3]).toMatchObject({ ref: 'D5', value: undefined, uncomputed: 'D3+1' });
    expect(sheet!.rows[5]!.hidden).toBe(true);
    expect(hidden).toMatchObject({ name: '旧数据', hidden: true });
  });

  it('names a hidden sheet, hidden rows and formulas without a stored result, all at once, and writes nothing', () => {
    const before = fingerprint();
    const result = runImport('cities', FEATURES);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('工作表「旧数据」是隐藏的工作表');
    expect(result.stderr).toContain('工作表「城市名单」第 6 行是隐藏行');
    expect(result.stderr).toContain('公式单元格 D5（=D3+1）没有保存计算结果');
    expect(result.stderr).toContain('--include-hidden');
    expect(fingerprint()).toEqual(before);
    // Asked for, hidden parts are read; a formula without a result never is: blank would mean "keep the old value".
    expect(() => readTables(FEATURES, { includeHidden: true })).toThrow(/D5（=D3\+1）/);
  });

  it('imports hidden rows only when asked to', () => {
    const file = join(work, 'hidden.xlsx');
    writeXlsx(file, { name: '名单', rows: [['城市名称', '纬度', '经度'], ['乐山市', 29.552106, 103.765568], ['遂宁市', 30.532847, 105.592898]], hiddenRows: [3] });
    const refused = runImport('cities', file, '--source', '某某通知');
    expect(refused.stderr).toContain('工作表「名单」第 3 行是隐藏行');
    expect(cities().some((c) => c.id === 'leshan')).toBe(false);
    const result = runImport('cities', file, '--source', '某某通知', '--include-hidden');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('新增 2');
    expect(city('suining').data.name).toBe('遂宁市');
  });

  it('refuses a file over the size limit unread, and a sheet over the row limit before parsing it', () => {
    const big = join(work, 'big.csv');
    writeFileSync(big, `城市名称\n${'成都市\n'.repeat(IMPORT_LIMITS.rows + 1)}`);
    expect(() => readTables(big)).toThrow(`超过一次导入的上限 ${IMPORT_LIMITS.rows} 行`);
    expect(() => readTables(big, { limits: { fileBytes: 1000 } })).toThrow(TableError);
    expect(() => readTables(big, { limits: { fileBytes: 1000 } })).toThrow(/超过导入上限 0\.0009765625 MB|超过导入上限/);
    const many = join(work, 'many.xlsx');
    writeXlsx(many, { name: '名单', rows: Array.from({ length: 30 }, (_, i) => [`第${i}行`]) });
    expect(() => readTables(many, { limits: { rows: 20 } })).toThrow('工作表「名单」有 30 行，超过一次导入的上限 20 行');
  });

  it('refuses a zip bomb by its declared sizes, without inflating it', () => {
    const bomb = join(work, 'bomb.xlsx');
    const huge = strToU8(`<worksheet><sheetData>${' '.repeat(IMPORT_LIMITS.partBytes + 1)}</sheetData></worksheet>`);
    writeFileSync(bomb, zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': huge }, { level: 9 }));
    expect(readFileSync(bomb).length).toBeLessThan(200_000);
    const result = runImport('cities', bomb);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('解压后过大');
  });

  it('writes all or nothing: a failure part-way leaves content/ byte-identical', () => {
    const file = join(work, 'official.xlsx');
    officialCitySheet(file, cities());
    const plan = planCities(readTable(file), cities(), all(), { root, today: TODAY, source: '某某通知' });
    expect(plan.changes.filter((c) => c.kind === 'change')).toHaveLength(100);
    const before = fingerprint();
    let moves = 0;
    const failHalfway = () => {
      if (++moves === 51) throw new Error('磁盘已满');
    };
    expect(() => apply(plan, root, { beforeMove: failHalfway })).toThrow('磁盘已满');
    expect(fingerprint()).toEqual(before);
    expect(readdirSync(work).filter((f) => f.startsWith('.import-'))).toEqual([]);
    apply(plan, root);
    expect(fingerprint()).not.toEqual(before);
  });

  it('takes back the site’s own open data unchanged (/data/cities.csv → import → no change), formula guard removed', () => {
    // Text the CSV guards with a leading ' must come back as it was.
    const file = join(root, 'cities/chengdu.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^agency: .*$/m, "agency: '+86 成都市人社局'").replace(/^list_source: .*$/m, "list_source: '=HYPERLINK(\"http://evil\",\"点我\")'"));
    const before = fingerprint();
    const content = { cities: cities().map((c) => ({ id: c.id, data: citySchema.parse(c.data) })) } as unknown as Content;
    const csv = join(work, 'cities.csv');
    writeFileSync(csv, dataCsv('cities', content));
    expect(readFileSync(csv, 'utf8')).toContain("'+86 成都市人社局");
    const result = runImport('cities', csv);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('修改 0');
    expect(fingerprint()).toEqual(before);
    expect(city('chengdu').data.agency).toBe('+86 成都市人社局');
  });
});

describe('the 创业专家 roster', () => {
  const roster = () => join(work, 'experts.csv');
  const header = '序号,姓名,本人同意公开姓名,所在城市,专家类别,专长,熟悉行业,服务方式,所在单位,预约窗口,预约电话,预约方式';

  it('imports a roster by city name, keeps names unpublished unless consented, and a second run changes nothing', () => {
    const file = roster();
    writeFileSync(file, `${header}\n1,张三丰,是,成都市,企业家,财务、融资,住宿和餐饮业,面谈服务、电话服务,某公司,成都市创业服务中心,028-12345678,电话预约\n2,李四,,武汉,专家学者,法律,,上门服务,某大学,武汉市创业服务窗口,027-1234567,电话预约\n`);
    const first = runImport('experts', file, '--source', '创业专家名单（测试）');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('新增 2');
    expect(first.stdout).toContain('其中 1 位专家已同意公开姓名');
    // The report names entries by their public title: a person's name without consent is not printed.
    expect(first.stdout).not.toContain('李四');
    const added = readCollection('experts', root).filter((x) => x.data.source && (x.data.source as { name: string }).name === '创业专家名单（测试）');
    expect(added.map((x) => [x.data.name, x.data.consent, x.data.city])).toEqual(
      expect.arrayContaining([
        ['张三丰', true, 'chengdu'],
        ['李四', false, 'wuhan'],
      ]),
    );
    expect(added.find((x) => x.data.name === '李四')?.data.title).toBe('法律创业专家（武汉市）');
    const again = runImport('experts', file, '--source', '创业专家名单（测试）');
    expect(again.stdout).toContain('新增 0，修改 0，不变 2');
  });

  it('reads a roster as an office keeps it: a cover sheet, a title row, 序号, short city names and ticks', () => {
    const file = join(work, 'roster.xlsx');
    writeXlsx(
      file,
      { name: '说明', rows: [['本表为2026年创业专家服务团名单']] },
      {
        name: '专家名单',
        rows: [
          ['2026年度创业专家服务团成员名单'],
          ['序号', '专家姓名', '是否同意公开姓名', '城市', '类别', '专业特长', '行业', '服务形式', '工作单位', '预约窗口', '预约电话', '预约方式', '备注'],
          [1, '周明', '√', '成都', '专家学者', '财务，融资', null, '面谈服务、电话服务', '某大学', '成都市创业服务中心', '028-8888 8888', '电话预约', null],
          [2, '吴芳', '否', '长沙市', '企业家', '营销', '批发和零售业', '上门服务', '某商贸公司', '长沙市创业服务窗口', '0731-1234567', '电话预约', null],
        ],
      },
    );
    const result = runImport('experts', file, '--dry-run');
    expect(result.stdout).toContain('新增 2，修改 0');
    expect(result.stdout).toContain('财务、融资创业专家（成都市）');
    expect(result.stdout).toContain('其中 1 位专家已同意公开姓名');
  });

  it('takes a blank 「本人同意公开姓名」 as 否: clearing the cell withdraws the consent, and the report says so by title', () => {
    const file = roster();
    writeFileSync(file, `${header}\n1,张三丰,是,成都市,企业家,财务,,面谈服务,某公司,成都市创业服务中心,028-12345678,电话预约\n`);
    expect(runImport('experts', file).status).toBe(0);
    const named = () => readCollection('experts', root).find((x) => x.data.name === '张三丰')!;
    expect(named().data.consent).toBe(true);
    writeFileSync(file, `${header}\n1,张三丰,,成都市,企业家,财务,,面谈服务,某公司,成都市创业服务中心,028-12345678,电话预约\n`);
    const withdrawn = runImport('experts', file);
    expect(withdrawn.status).toBe(0);
    expect(named().data.consent).toBe(false);
    expect(withdrawn.stdout).toContain(`注意：撤回公开姓名：${String(named().data.title)}（${named().id}）`);
    expect(withdrawn.stdout).not.toContain('张三丰');
    expect(withdrawn.stdout).toContain('其中 0 位专家已同意公开姓名');
  });

  it('refuses a roster with a hidden or zero-width column holding data, unless --include-hidden', () => {
    const rows: WriteValue[][] = [
      ['姓名', '所在城市', '专家类别', '专长', '服务方式', '所在单位', '预约窗口', '预约电话', '预约方式', '本人同意公开姓名'],
      ['钱七', '成都市', '专家学者', '财务', '面谈服务', '某大学', '成都市创业服务中心', '028-12345678', '电话预约', '是'],
    ];
    const before = fingerprint();
    for (const [name, sheet] of [['hidden', { hiddenColumns: [10] }], ['zero-width', { zeroWidthColumns: [10] }]] as const) {
      const file = join(work, `roster-${name}.xlsx`);
      writeXlsx(file, { name: '专家名单', rows, ...sheet });
      const refused = runImport('experts', file);
      expect(refused.status, name).toBe(1);
      expect(refused.stderr, name).toContain('工作表「专家名单」的 J 列是隐藏列（或宽度为 0），里面有数据');
      expect(refused.stderr, name).toContain('--include-hidden');
      expect(fingerprint()).toEqual(before);
    }
    const read = runImport('experts', join(work, 'roster-hidden.xlsx'), '--include-hidden');
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout).toContain('其中 1 位专家已同意公开姓名');
  });

  it('round-trips: the filled template imports back with no change, lists as editors type them', () => {
    // An industry whose own name holds 「、」 must come back as one item.
    const expert = join(root, 'experts/chengdu-catering.md');
    writeFileSync(expert, readFileSync(expert, 'utf8').replace(/^industries:\n(?: {2}- .*\n)+/m, 'industries:\n  - 农、林、牧、渔业\n  - 住宿和餐饮业\n'));
    const before = fingerprint();
    for (const out of ['experts.xlsx', 'experts.csv']) {
      const file = join(work, out);
      expect(runImport('template', 'experts', '--filled', '--out', file).status).toBe(0);
      const cells = out.endsWith('.csv') ? readFileSync(file, 'utf8').split(/[,\r\n]/) : values(book(file)[0]!).flat().map((v) => asText(v));
      expect(cells).toContain('农、林、牧、渔业、住宿和餐饮业');
      // No list written as JSON.
      expect(cells.filter((c) => /^"?\[/.test(c))).toEqual([]);
      const back = runImport('experts', file);
      expect(back.status, back.stdout + back.stderr).toBe(0);
      expect(back.stdout).toMatch(/新增 0，修改 0，不变 \d+/);
      expect(fingerprint()).toEqual(before);
    }
  });

  it('refuses an unknown city, specialty and phone, naming row and column, and writes nothing', () => {
    const file = roster();
    writeFileSync(file, `${header}\n1,王五,否,不存在市,专家学者,财务,,面谈服务,某,某窗口,028-12345678,x\n2,赵六,否,成都市,专家学者,占卜,,面谈服务,某,某窗口,123,x\n`);
    const before = fingerprint();
    const result = runImport('experts', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 2 行「所在城市」：「不存在市」不在重点城市名单中');
    expect(result.stdout).toMatch(/第 3 行「专长」/);
    expect(result.stdout).toMatch(/第 3 行「预约电话」：电话格式不正确/);
    expect(fingerprint()).toEqual(before);
  });
});
