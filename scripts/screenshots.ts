// Screenshots of the main page types at 1280 px and 375 px, for people to look at (not a test).
// Usage: npm run build && npx astro preview & npx tsx scripts/screenshots.ts [path …]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';

const DEFAULT_PATHS = [
  "/start/?group=%E9%AB%98%E6%A0%A1%E6%AF%95%E4%B8%9A%E7%94%9F&budget=5&city=chengdu",
  "/projects/call/",
  "/data/",
  '/',
  '/policies/',
  '/policies/lsbf-2007-30/',
  '/stories/',
  '/stories/wuhan-graduate-design/',
  '/projects/',
  '/projects/community-breakfast/',
  '/incubators/',
  '/incubators/chengdu-qihang/',
  '/training/',
  '/training/chengdu-rongcheng/',
  '/cities/',
  '/cities/chengdu/',
  '/about/',
  '/privacy/',
  '/feedback/',
  '/404/',
];
const paths = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_PATHS;
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of paths) {
    await page.goto(BASE_URL + path);
    await page.waitForTimeout(800);
    const name = path.split('?')[0]!.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${outDir}/`);
