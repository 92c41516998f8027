/**
 * npm run audit — Lighthouse 13 (mobile profile) in Debian's Chromium on every page type; prints the four scores
 * per page and marks those under target (100 everywhere; performance ≥ 95 on the map and search pages).
 * Runs against dist/ (npm run build first).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';
import { served, table } from './bench/lib.ts';

const PAGES: [string, number][] = [
  ['/', 100],
  ['/policies/', 100],
  ['/policies/lsbf-2007-30/', 100],
  ['/stories/', 100],
  ['/stories/wuhan-graduate-design/', 100],
  ['/projects/', 100],
  ['/projects/community-breakfast/', 100],
  ['/incubators/', 95],
  ['/incubators/chengdu-qihang/', 100],
  ['/training/', 95],
  ['/training/chengdu-rongcheng/', 100],
  ['/cities/', 95],
  ['/cities/chengdu/', 100],
  ['/search/?q=%E5%AD%B5%E5%8C%96', 95],
  ['/start/', 100],
];

const rows: Record<string, string>[] = [];
let misses = 0;
await served('./dist', 4396, async (base) => {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    for (const [path, perfTarget] of PAGES) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const cats = result!.lhr.categories;
      const score = (k: string) => Math.round((cats[k]?.score ?? 0) * 100);
      const scores = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
      const low = Object.entries(scores).filter(([k, v]) => v < (k === 'performance' ? perfTarget : 100));
      misses += low.length;
      rows.push({ page: path, ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, String(v)])), 'under target': low.map(([k]) => k).join(', ') || '—' });
      console.log(`• ${path} ${Object.values(scores).join(' / ')}`);
      if (low.length) {
        // Which metric cost the points, so the cause can be found.
        const audits = result!.lhr.audits;
        const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
        console.log(`  ${metrics.map((m) => `${m}: ${audits[m]?.displayValue ?? '?'}`).join('; ')}`);
      }
    }
  } finally {
    chrome.kill();
  }
});
console.log('');
table(rows);
console.log(misses ? `\n${misses} score(s) under target` : '\nall targets met');
