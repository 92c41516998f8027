/**
 * npm run import -- cities <file.xlsx|file.csv> [--source "名单依据"] [--replace] [--dry-run] [--include-hidden]
 * npm run import -- results <file> [--source "数据来源"] [--dry-run] [--include-hidden]
 * npm run import -- experts <file> [--source "名单依据"] [--dry-run] [--include-hidden]
 * npm run import -- template cities|results|experts [--filled] [--out file.xlsx|file.csv]
 *
 * Loads the official list of key cities and their yearly results from a spreadsheet. Every row is checked
 * against the schema, GB/T 2260 and the province outlines first; with any error nothing is written, and the
 * writing itself is all or nothing (scripts/lib/import/plan.ts). Hidden rows and sheets are refused unless
 * --include-hidden; a file over the limits in scripts/lib/import/table.ts is refused before it is read.
 */
import { parseArgs } from 'node:util';
import { readCollection, type ContentFile } from '../src/lib/content/files.ts';
import { isoDate } from '../src/lib/core/format.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import { cityColumns, planCities } from './lib/import/cities.ts';
import { getPath, pickTable } from './lib/import/columns.ts';
import { apply, report } from './lib/import/plan.ts';
import { planResults, resultColumns } from './lib/import/results.ts';
import { expertColumns, planExperts } from './lib/import/experts.ts';
import { readTables, TableError } from './lib/import/table.ts';
import { TemplateError, writeTemplate } from './lib/import/template.ts';

const USAGE = `用法：
  npm run import -- cities <文件.xlsx|文件.csv> [--source "名单依据"] [--replace] [--dry-run] [--include-hidden]
  npm run import -- results <文件.xlsx|文件.csv> [--source "数据来源"] [--dry-run] [--include-hidden]
  npm run import -- experts <文件.xlsx|文件.csv> [--source "名单依据"] [--dry-run] [--include-hidden]
  npm run import -- template cities|results|experts [--filled] [--out 文件.xlsx|文件.csv]`;

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    replace: { type: 'boolean', default: false },
    source: { type: 'string' },
    filled: { type: 'boolean', default: false },
    out: { type: 'string' },
    today: { type: 'string' },
    'include-hidden': { type: 'boolean', default: false },
  },
});

const root = contentDir();
const today = opts.today ?? isoDate(new Date());
const [command, arg] = positionals;

function readAll(): Record<CollectionName, ContentFile[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c.name, readCollection(c.name, root)])) as Record<CollectionName, ContentFile[]>;
}

function main(): number {
  if (command === 'template' && arg === 'experts') {
    const out = opts.out ?? '创业专家名单模板.xlsx';
    const columns = expertColumns();
    const rows = opts.filled ? readCollection('experts', root).map((x) => columns.map((col) => getPath(x.data, col.path))) : [];
    writeTemplate(out, '创业专家名单', columns, rows);
    console.log(`已生成 ${out}（${columns.length} 列${rows.length ? `，${rows.length} 行现有数据` : ''}）。「本人同意公开姓名」空白即为「否」：姓名不会在网站上出现。`);
    return 0;
  }
  if (command === 'experts' && arg) {
    const all = readAll();
    const plan = planExperts(pickTable(readTables(arg, { includeHidden: opts['include-hidden'] }), expertColumns()), all.experts, all.cities, { root, today, source: opts.source });
    const dryRun = opts['dry-run'] || plan.errors.length > 0;
    if (!dryRun) apply(plan, root);
    console.log(report(plan, opts['dry-run']));
    if (plan.errors.length === 0) console.log(`其中 ${plan.named} 位专家已同意公开姓名；其余专家的姓名只保存在内容文件中，不在网站上出现。`);
    return plan.errors.length > 0 ? 1 : 0;
  }
  if (command === 'template' && (arg === 'cities' || arg === 'results')) {
    const out = opts.out ?? `${arg === 'cities' ? '重点城市名单' : '年度工作成效'}模板.xlsx`;
    const columns = arg === 'cities' ? cityColumns() : resultColumns();
    const cities = opts.filled ? readCollection('cities', root) : [];
    const rows =
      arg === 'cities'
        ? cities.map((c) => columns.map((col) => (col.info ? getPath(c.data, col.path) : col.path === '$coords' ? 'WGS84' : undefined)))
        : cities.flatMap((c) =>
            ((c.data.results as Record<string, unknown>[] | undefined) ?? []).map((r) =>
              columns.map((col) => (col.path === '$name' ? c.data.name : col.path === '$adcode' ? c.data.adcode : r[col.path])),
            ),
          );
    writeTemplate(out, arg === 'cities' ? '重点城市名单' : '年度工作成效', columns, rows);
    console.log(`已生成 ${out}（${columns.length} 列${rows.length ? `，${rows.length} 行现有数据` : ''}）。列名与网站的字段一一对应${out.endsWith('.csv') ? '' : '，说明见「填写说明」工作表'}。`);
    return 0;
  }
  if ((command === 'cities' || command === 'results') && arg) {
    const table = pickTable(readTables(arg, { includeHidden: opts['include-hidden'] }), command === 'cities' ? cityColumns() : resultColumns());
    const all = readAll();
    const plan =
      command === 'cities'
        ? planCities(table, all.cities, all, { root, today, source: opts.source, replace: opts.replace })
        : planResults(table, all.cities, { today, source: opts.source });
    const dryRun = opts['dry-run'] || plan.errors.length > 0;
    if (!dryRun) apply(plan, root);
    console.log(report(plan, opts['dry-run']));
    return plan.errors.length > 0 ? 1 : 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof TableError || e instanceof TemplateError) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
}
