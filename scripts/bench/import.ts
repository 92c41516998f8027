/**
 * npm run bench:import — times `npm run import` as an operator runs it, on a scratch copy of content/: a 100-city
 * official-style sheet (title row, 序号, 高德 coordinates) with --source, then 500 results rows (100 cities ×
 * 5 years), then the same sheet again (nothing to change). Prints seconds and what was written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../src/lib/content/files.ts';
import { officialCitySheet, officialResultSheet } from '../lib/import/official-sheet.ts';
import { scratchDir } from '../lib/scratch.ts';
import { tsx } from '../lib/node.ts';

const work = scratchDir('bench-import-');
const root = join(work, 'content');
cpSync('content', root, { recursive: true });
const cities = readCollection('cities', root);
officialCitySheet(join(work, 'cities.xlsx'), cities);
const rows = officialResultSheet(join(work, 'results.xlsx'), cities, [2021, 2022, 2023, 2024, 2025]);

function run(label: string, ...args: string[]) {
  const start = performance.now();
  const r = spawnSync(...tsx('scripts/import.ts', ...args), { env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stdout}${r.stderr}`);
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2)} s   ${r.stdout.split('\n')[0]}`);
}

run(`cities: ${cities.length}-row sheet, --source`, 'cities', join(work, 'cities.xlsx'), '--source', '重点联系城市名单（测试）');
run(`results: ${rows} rows`, 'results', join(work, 'results.xlsx'));
run('cities again (nothing to change)', 'cities', join(work, 'cities.xlsx'), '--source', '重点联系城市名单（测试）');
run('results again, --dry-run', 'results', join(work, 'results.xlsx'), '--dry-run');
console.log(`(times include starting Node and tsx, about 0.6 s; scratch copy in ${work})`);
