// Search relevance on the judged query set (tests/relevance/judgements.ts): each query goes through the real
// search page and index, as a person types it. The page is loaded once; each further query is put in the address
// and taken by the page's own history handling (what Back and Forward do), so the index is opened once, as in a
// visitor's session, and the island reads the whole state from the URL each time. Prints precision at 3 and how many queries have an acceptable first
// result; fails if any query returns nothing or puts an unacceptable page first.
import { COLLECTION_NAMES, FIXTURE_ROOT, readCollection } from '../helpers/content.ts';
import { JUDGEMENTS, type Entry } from '../relevance/judgements.ts';
import { expect, test } from './fixtures.ts';

const ENTRIES: Entry[] = COLLECTION_NAMES.flatMap((collection) => readCollection(collection, FIXTURE_ROOT).map((f) => ({ ...f, collection })));

interface Row {
  q: string;
  audience: string;
  results: number;
  first: string;
  firstOk: boolean;
  precision: number;
}

test('the judged queries find what they ask for', async ({ page }) => {
  test.setTimeout(JUDGEMENTS.length * 10_000);
  const rows: Row[] = [];
  for (const j of JUDGEMENTS) {
    const good = new Set(ENTRIES.filter(j.good).map((e) => `/${e.collection}/${e.id}/`));
    expect(good.size, `${j.q}: the judgement names no page`).toBeGreaterThan(0);
    const url = `/search/?q=${encodeURIComponent(j.q)}`;
    if (!page.url().includes('/search/')) await page.goto(url);
    else {
      // The page says 「正在搜索…」 at once, so the answer awaited below cannot be the previous query's.
      await page.evaluate((next) => {
        history.pushState(null, '', next);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, url);
    }
    const status = page.getByRole('status');
    await expect(status).toHaveText(/找到 \d+ 条结果|没有找到/);
    const found = await page.locator('.result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const top = found.slice(0, 3);
    rows.push({
      q: j.q,
      audience: j.audience,
      results: Number(/\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0),
      first: top[0] ?? '—',
      firstOk: top[0] !== undefined && good.has(top[0]),
      precision: top.filter((p) => good.has(p)).length / Math.min(3, good.size),
    });
  }
  const ok = rows.filter((r) => r.firstOk).length;
  const p3 = rows.reduce((s, r) => s + r.precision, 0) / rows.length;
  console.log(
    [
      '',
      'query | audience | results | first result | ok | P@3',
      ...rows.map((r) => `${r.q} | ${r.audience} | ${r.results} | ${r.first} | ${r.firstOk ? '✓' : '✗'} | ${r.precision.toFixed(2)}`),
      `relevance: ${ok}/${rows.length} queries with an acceptable first result; mean precision at 3 = ${p3.toFixed(2)}`,
    ].join('\n'),
  );
  expect(rows.filter((r) => r.results === 0).map((r) => r.q), 'queries that return nothing').toEqual([]);
  expect(rows.filter((r) => !r.firstOk).map((r) => `${r.q} → ${r.first}`), 'queries whose first result is not acceptable').toEqual([]);
});
