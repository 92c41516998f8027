/**
 * npm run search-index -- --root DIR [--part-pages N] [--cache DIR]
 * Indexes a built site again (src/search/integration/pagefind.ts): the build does this itself; this serves a folder built
 * elsewhere, and the tests, which index the behaviour fixture in parts as a site of 50,000 pages is, and patch an
 * index after a change (--cache: where the last full index of this folder is kept).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/search/integration/pagefind.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, 'part-pages': { type: 'string' }, cache: { type: 'string' } } });
const root = values.root ? resolve(values.root) : '';
if (!root || !existsSync(join(root, 'index.html'))) {
  console.error('用法 usage: npm run search-index -- --root <构建目录，含 index.html> [--part-pages 每部分页数] [--cache 缓存目录]');
  process.exit(2);
}
const partPages = values['part-pages'] ? Number(values['part-pages']) : undefined;
if (partPages !== undefined && !(partPages >= 1)) {
  console.error('--part-pages 须为正整数 must be a positive number');
  process.exit(2);
}
console.log(await writeSearchIndex(root, { partPages, cacheDir: values.cache && resolve(values.cache) }));
