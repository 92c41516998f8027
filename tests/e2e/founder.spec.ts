import { XMLParser } from 'fast-xml-parser';
import { content, expect, test } from './fixtures.ts';

const today = new Date();
const onOffer = (p: (typeof content.projects)[number]) =>
  p.data.stage !== '已下架' && (!p.data.valid_until || new Date(String(p.data.valid_until)) >= today);

test.describe('我要创业', () => {
  test('高校毕业生, 5万, 成都: only affordable projects for the group, incubators by distance', async ({ page }) => {
    await page.goto('/start/');
    await page.getByLabel('您是').selectOption('高校毕业生');
    await page.getByLabel('可投入的资金（万元）').fill('5');
    await page.getByLabel('所在城市').selectOption('chengdu');
    await page.getByRole('button', { name: '查看我的创业指引' }).click();
    await expect(page).toHaveURL(/group=.+&budget=5&city=chengdu/);
    const projects = page.getByRole('region', { name: '适合您的创业项目' });
    await expect(page.getByRole('heading', { name: /为成都市的高校毕业生/ })).toBeFocused();
    const titles = await projects.getByRole('link').allTextContents();
    const expected = content.projects.filter(
      (p) =>
        onOffer(p) &&
        (p.data.groups as string[]).includes('高校毕业生') &&
        Number(p.data.invest_min) <= 50_000 &&
        ((p.data.cities as string[]).length === 0 || (p.data.cities as string[]).includes('chengdu')),
    );
    expect(titles.sort()).toEqual(expected.map((p) => String(p.data.title)).sort());
    const km = await page.getByRole('region', { name: '附近的孵化基地' }).locator('.start-note').allTextContents();
    const distances = km.map((t) => Number(/约 (\d+) 公里/.exec(t)![1]));
    expect(distances.length).toBeGreaterThan(0);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  test('never offers a withdrawn (已下架) project', async ({ page }) => {
    const withdrawn = content.projects.filter((p) => p.data.stage === '已下架');
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const group of ['下岗失业人员', '残疾人']) {
      await page.goto(`/start/?group=${encodeURIComponent(group)}&budget=100&city=beijing`);
      await expect(page.getByRole('region', { name: '适合您的创业项目' })).toBeVisible();
      const titles = await page.getByRole('region', { name: '适合您的创业项目' }).getByRole('link').allTextContents();
      for (const w of withdrawn) expect(titles).not.toContain(w.data.title);
    }
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    test('offers links into the lists instead', async ({ page }) => {
      await page.goto('/start/');
      await expect(page.getByRole('link', { name: '适合高校毕业生的创业项目' })).toHaveAttribute('href', /type=projects&group=/);
    });
  });
});

test.describe('open data', () => {
  for (const name of ['policies', 'stories', 'projects', 'incubators', 'cities'] as const) {
    test(`/data/${name}.json and .csv hold every entry`, async ({ request }) => {
      const json = await (await request.get(`/data/${name}.json`)).json();
      expect(json.schema_version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(json.count).toBe(content[name].length);
      expect(json.items.map((i: { id: string }) => i.id).sort()).toEqual(content[name].map((e) => e.id).sort());
      expect(json.fields.map((f: { name: string }) => f.name)).toContain('title');
      const csv = await (await request.get(`/data/${name}.csv`)).text();
      const raw = await (await request.get(`/data/${name}.csv`)).body();
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]!.split(',').slice(0, 4)).toEqual(['id', 'url', 'slug', 'title']);
      expect(lines.length - 1).toBe(content[name].length);
    });
  }
});

test.describe('feeds and sharing', () => {
  for (const name of ['policies', 'stories'] as const) {
    test(`the ${name} RSS feed is valid XML with one item per entry, linked from the list`, async ({ page, request }) => {
      const xml = await (await request.get(`/${name}/rss.xml`)).text();
      const feed = new XMLParser().parse(xml);
      const items = [feed.rss.channel.item].flat();
      expect(items).toHaveLength(content[name].length);
      for (const item of items) expect(item.link).toMatch(new RegExp(`/${name}/[a-z0-9-]+/$`));
      await page.goto(`/${name}/`);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `/${name}/rss.xml`);
    });
  }

  test('pages carry Open Graph and Twitter meta', async ({ page }) => {
    await page.goto('/policies/lsbf-2007-30/');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '关于进一步加强创业培训推进创业促就业工作的通知');
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  });

  test('a policy prints like a document: no site chrome', async ({ page }) => {
    await page.goto('/policies/lsbf-2007-30/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByText('劳动和社会保障部').last()).toBeVisible();
  });
});
