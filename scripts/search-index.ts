/**
 * npm run search-index -- --root DIR [--part-pages N] [--cache DIR] [--word-bytes N]
 * Indexes a built site again (src/search/integration/pagefind.ts): the build does this itself; this serves a folder built
 * elsewhere, and the tests, which index the behaviour fixture in parts as a site of 50,000 pages is, and patch an
 * index after a change (--cache: where the last full index of this folder is kept). --word-bytes: the size on the wire beyond
 * which a word's places are capped (src/search/integration/pagefind-slim.ts) — the tests make it small, so that the fixture's
 * common words are capped as a site of 50,000 entries has them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/search/integration/pagefind.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, 'part-pages': { type: 'string' }, cache: { type: 'string' }, 'word-bytes': { type: 'string' } } });
const root = values.root ? resolve(values.root) : '';
if (!root || !existsSync(join(root, 'index.html'))) {
  console.error('用法 usage: npm run search-index -- --root <构建目录，含 index.html> [--part-pages 每部分页数] [--cache 缓存目录]');
  process.exit(2);
}
const positive = (option: 'part-pages' | 'word-bytes') => {
  const n = values[option] ? Number(values[option]) : undefined;
  if (n !== undefined && !(n >= 1)) {
    console.error(`--${option} 须为正整数 must be a positive number`);
    process.exit(2);
  }
  return n;
};
const [partPages, wordBytes] = [positive('part-pages'), positive('word-bytes')];
console.log(await writeSearchIndex(root, { partPages, wordBytes, cacheDir: values.cache && resolve(values.cache) }));
