/**
 * npx tsx tests/helpers/patch-fixture.ts FROM PATCHED WHOLE
 * The behaviour fixture's build after a change, as a publish meets it: FROM's pages are indexed whole (the base,
 * kept in tmp/patch-cache/), then changed — a project renamed, a story added as the newest page, a news item
 * removed, the other projects' pages changed outside what search reads — and indexed again, which patches the index (PATCHED/). WHOLE/ holds the same pages indexed whole: what
 * the patched index must read like (tests/e2e/search-patch.spec.ts).
 */
import { cpSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSearchIndex } from '../../src/search/integration/pagefind.ts';

export const RENAMED = { title: '高原蜂蜜合作社直播带货' };
export const ADDED = { url: '/stories/zz-patch-added/', title: '戈壁滩光伏板清洗服务创业记', date: '2999-12-31' };

const h1 = (html: string) => /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '';
const pageFile = (dir: string, url: string) => join(dir, url, 'index.html');

/** The project renamed: the first one's URL and old title (the fixture's pages, sorted). */
export function renamedProject(dir: string): { url: string; was: string } {
  const file = globSync('projects/*/index.html', { cwd: dir }).sort().find((f) => readFileSync(join(dir, f), 'utf8').includes('data-pagefind-body'))!;
  return { url: `/${file.replace(/index\.html$/, '')}`, was: h1(readFileSync(join(dir, file), 'utf8')) };
}

/** The news item removed: the first one with a page of its own. */
export function removedNews(dir: string): string {
  return `/${globSync('news/*/index.html', { cwd: dir }).sort()[0]!.replace(/index\.html$/, '')}`;
}

export async function makePatchFixture(from: string, patched: string, whole: string): Promise<string[]> {
  const cacheDir = resolve('tmp/patch-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  for (const dir of [patched, whole]) rmSync(dir, { recursive: true, force: true });
  cpSync(from, patched, { recursive: true });
  const log = [await writeSearchIndex(patched, { cacheDir })];

  const project = renamedProject(patched);
  const file = pageFile(patched, project.url);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(project.was, RENAMED.title));
  const story = globSync('stories/*/index.html', { cwd: patched }).sort()[0]!;
  const source = readFileSync(join(patched, story), 'utf8');
  cpSync(join(patched, story), pageFile(patched, ADDED.url));
  writeFileSync(
    pageFile(patched, ADDED.url),
    source.replaceAll(h1(source), ADDED.title).replace(/data-pagefind-sort="date:[^"]*"/, `data-pagefind-sort="date:${ADDED.date}"`),
  );
  rmSync(join(patched, removedNews(patched)), { recursive: true });
  // Every other project page changes where search does not read, as a related list does when an entry is renamed:
  // Pagefind gives them the records they had, and they must stay found.
  for (const other of globSync('projects/*/index.html', { cwd: patched }).map((f) => join(patched, f)).filter((f) => f !== file)) {
    writeFileSync(other, readFileSync(other, 'utf8').replace('</body>', '<!-- 重新构建 --></body>'));
  }

  cpSync(patched, whole, { recursive: true });
  log.push(await writeSearchIndex(patched, { cacheDir }), await writeSearchIndex(whole));
  return log;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [from, patched, whole] = process.argv.slice(2);
  if (!from || !patched || !whole) throw new Error('usage: patch-fixture.ts FROM PATCHED WHOLE');
  console.log((await makePatchFixture(from, patched, whole)).join('\n'));
}
