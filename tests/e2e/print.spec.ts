// Taking a page off the screen honestly: printouts and posters keep 「示例」, the fiction notice, 有效性, the source,
// the date and the page's public address with its QR code.
import { wcagViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';
import { content, expect, test } from './fixtures.ts';
import { plainPdfText as plain } from '../helpers/pdf-text.ts';

/** The page printed to an A4 PDF, as a browser's 打印 → 另存为 PDF does, and the PDF's text. */
async function printed(page: Page) {
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: plain(text) };
}

const NAME = {
  stories: 'story',
  projects: 'project',
  policies: 'policy',
  incubators: 'incubator',
  training: 'training institution',
  cities: 'city',
  news: 'news item',
  events: 'event',
  experts: 'expert',
} as const;

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const sampleOf = <T extends { data: Record<string, unknown> }>(list: T[]) => list.find((e) => e.data.sample === true)!;

for (const [collection, entry] of [
  ['stories', sampleOf(content.stories)],
  ['projects', sampleOf(content.projects)],
  ['policies', content.policies.find((p) => p.id === 'lsbf-2007-30')!],
  ['incubators', sampleOf(content.incubators)],
  ['training', sampleOf(content.training)],
  ['cities', content.cities.find((c) => c.id === 'wuhan')!],
  ['news', sampleOf(content.news)],
  ['events', content.events.find((e) => e.id === 'chengdu-project-fair')!],
  ['experts', sampleOf(content.experts)],
] as const) {
  test(`a printed ${NAME[collection]} keeps its labels, source, date and address`, async ({ page }) => {
    await page.goto(`/${collection}/${entry.id}/`);
    const url = (await canonical(page))!;
    const { text } = await printed(page);
    expect(text).toContain(plain(String(entry.data.title)));
    expect(text).toContain(`网址:${url}`);
    expect(text).toContain('信息来源:');
    expect(text).toMatch(/更新日期:\d{4}年\d{1,2}月\d{1,2}日/);
    if (entry.data.sample) {
      expect(text).toContain('示例');
      expect(text).toContain('本条为虚构的示例内容');
    }
    if (collection === 'policies') expect(text).toContain(String(entry.data.validity));
    // No navigation chrome on paper.
    expect(text).not.toContain('跳到正文');
    expect(text).not.toContain('主导航');
    expect(text).not.toContain('打印本页');
    // Nor buttons that do nothing on paper; an event keeps its time and address.
    expect(text).not.toContain('添加到日历');
    if (collection === 'events') expect(text).toContain('2099年12月10日09:30–16:30');
  });
}

test('the QR code on a page decodes to its public address', async ({ page }) => {
  const entry = sampleOf(content.projects);
  await page.goto(`/projects/${entry.id}/`);
  const url = await canonical(page);
  // Draw the SVG onto a canvas, as a phone camera would see it, and decode the pixels with jsQR.
  const image = await page.locator('.share .qr svg').evaluate(async (svg) => {
    const size = 400;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    return { data: Array.from(ctx.getImageData(0, 0, size, size).data), size };
  });
  const code = jsQR(new Uint8ClampedArray(image.data), image.size, image.size);
  expect(code?.data).toBe(url);
});

test('the share block offers the address as text and 打印 only with JavaScript', async ({ browser }) => {
  const entry = sampleOf(content.stories);
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/stories/${entry.id}/`);
    const share = page.getByRole('complementary', { name: '分享本页' });
    await expect(share.locator('.share__url')).toHaveText((await canonical(page))!);
    await expect(share.getByRole('button', { name: '打印本页' })).toBeVisible({ visible: javaScriptEnabled });
    await expect(share.getByRole('link', { name: '打印海报（A4）' })).toHaveAttribute('href', `/stories/${entry.id}/poster/`);
    await context.close();
  }
});

for (const [collection, entry] of [
  ['projects', sampleOf(content.projects)],
  ['stories', sampleOf(content.stories)],
] as const) {
  test(`the ${NAME[collection]} poster is one A4 sheet with 示例, its facts and the QR code, unindexed and without script`, async ({ page, request }) => {
    await page.goto(`/${collection}/${entry.id}/poster/`);
    await expect(page.locator('script')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('.poster .qr svg')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    const { pages, text } = await printed(page);
    expect(pages).toBe(1);
    expect(text).toContain(plain(String(entry.data.title)));
    expect(text).toContain('示例');
    expect(text).toContain('本海报为虚构的示例内容');
    expect(text).toContain(`/${collection}/${entry.id}/`);
    expect(text).not.toContain('返回详情页');
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain(`/${collection}/${entry.id}/<`);
    expect(sitemap).not.toContain('/poster/');
    expect(await (await request.get('/robots.txt')).text()).toContain(`Disallow: /${collection}/*/poster/`);
  });
}
