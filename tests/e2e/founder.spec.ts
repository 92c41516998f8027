import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { content, expect, listedProjects, test } from './fixtures.ts';
import { downloadProjectFile, fillCallForm } from './call-form.ts';
import { COLLECTION_NAMES } from '../helpers/content.ts';
import { asText } from '../../src/lib/core/format.ts';

/** What /data/<collection>.json and an RSS feed hold, as far as the tests read them. */
interface OpenData {
  schema_version: string;
  count: number;
  items: { id: string }[];
  fields: { name: string }[];
}
interface Feed {
  rss: { channel: { item: { link: string } | { link: string }[] } };
}

const today = new Date();
const onOffer = (p: (typeof content.projects)[number]) =>
  p.data.stage !== '已下架' && (!p.data.valid_until || new Date(asText(p.data.valid_until)) >= today);

/** Answers the 我要创业 form as a person does: group, budget as typed (万元), city. */
async function askStart(page: Page, group: string, budget: string, city: string) {
  await page.goto('/start/');
  await page.getByLabel('您是').selectOption(group);
  await page.getByLabel('可投入的资金（万元）').fill(budget);
  await page.getByLabel('所在城市').selectOption(city);
  await page.getByRole('button', { name: '查看我的创业指引' }).click();
}

test.describe('我要创业', () => {
  test('高校毕业生, 5万, 成都: only affordable projects for the group, incubators by distance', async ({ page }) => {
    await askStart(page, '高校毕业生', '5', 'chengdu');
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

  test('下岗失业人员, 3万, 成都: projects that suit them elsewhere are offered too, labelled with their cities', async ({ page }) => {
    const suits = (p: (typeof content.projects)[number]) =>
      onOffer(p) && (p.data.groups as string[]).includes('下岗失业人员') && Number(p.data.invest_min) <= 30_000;
    const cities = (p: (typeof content.projects)[number]) => p.data.cities as string[];
    const here = content.projects.filter((p) => suits(p) && (cities(p).length === 0 || cities(p).includes('chengdu')));
    const elsewhere = content.projects.filter((p) => suits(p) && cities(p).length > 0 && !cities(p).includes('chengdu'));
    expect(here.length).toBeLessThan(3);
    expect(elsewhere.length).toBeGreaterThan(0);
    await page.goto(`/start/?group=${encodeURIComponent('下岗失业人员')}&budget=3&city=chengdu`);
    const other = page.getByRole('region', { name: '其他城市推荐、也适合您的项目' });
    await expect(other.getByRole('link')).toHaveCount(elsewhere.length);
    expect((await other.getByRole('link').allInnerTexts()).sort()).toEqual(elsewhere.map((p) => String(p.data.title)).sort());
    await expect(other.locator('.start-note').first()).toContainText('推荐城市：');
  });

  test('a budget typed in 元 gets a clear message in 万元, next to the field', async ({ page }) => {
    await askStart(page, '高校毕业生', '30000', 'chengdu');
    await expect(page.getByRole('alert')).toHaveText(/您填写的 30000 表示 30000 万元。如果您的预算是 3 万元（30000 元），请填写 3。/);
    await expect(page.getByLabel('可投入的资金（万元）')).toBeFocused();
    await expect(page.getByRole('region', { name: '适合您的创业项目' })).toHaveCount(0);
  });

  test('offers the nearest recognised training institutions instead of one fixed link', async ({ page }) => {
    const today = new Date();
    const recognised = (t: (typeof content.training)[number]) =>
      t.data.status === '认定有效' && !(t.data.valid_until && new Date(asText(t.data.valid_until)) < today);
    for (const city of ['wuhan', 'changsha', 'chengdu']) {
      await page.goto(`/start/?group=${encodeURIComponent('下岗失业人员')}&budget=3&city=${city}`);
      const region = page.getByRole('region', { name: '附近的创业培训定点机构' });
      // The guide is drawn by script after the index loads: wait for it before reading the list.
      await expect(region).toContainText('报名也可咨询');
      const titles = await region.getByRole('link').allTextContents();
      // Paused (武汉), expired (长沙) and revoked institutions are never offered.
      for (const t of content.training.filter((t) => !recognised(t))) expect(titles, city).not.toContain(t.data.title);
      const km = (await region.locator('.start-note').allTextContents()).map((t) => Number(/约 (\d+) 公里/.exec(t)![1]));
      expect([...km].sort((a, b) => a - b)).toEqual(km);
    }
    await page.goto(`/start/?group=${encodeURIComponent('高校毕业生')}&budget=5&city=chengdu`);
    const chengdu = page.getByRole('region', { name: '附近的创业培训定点机构' });
    const mine = content.training.filter((t) => t.data.city === 'chengdu' && recognised(t)).map((t) => String(t.data.title));
    expect(mine.length).toBeGreaterThan(0);
    for (const title of mine) await expect(chengdu.getByRole('link', { name: title })).toBeVisible();
    await expect(chengdu.locator('li').first()).toContainText(/SYB.*(免费|部分补贴|自费)/);
    await expect(chengdu.getByRole('link').first()).toHaveAttribute('href', /^\/training\/[a-z-]+\/$/);
  });

  test('lists as nearby only incubators within 300 km or in the province', async ({ page }) => {
    await page.goto(`/start/?group=${encodeURIComponent('残疾人')}&budget=10&city=lhasa`);
    const nearby = page.getByRole('region', { name: '附近的孵化基地' });
    await expect(nearby).toContainText('300 公里内和本省暂无孵化基地信息；最近的是');
    await expect(nearby.getByRole('link')).toHaveCount(0);
  });

  test('is in the main navigation and on the home page’s first screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/');
    const cta = page.getByRole('link', { name: /我要创业：找适合我的项目/ });
    await expect(cta).toBeInViewport();
    // On a phone the navigation is behind 菜单.
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByText('菜单').click();
    await expect(nav.getByRole('link', { name: '我要创业' })).toHaveAttribute('href', '/start/');
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
  for (const name of COLLECTION_NAMES) {
    test(`/data/${name}.json and .csv hold every entry`, async ({ request }) => {
      const json = (await (await request.get(`/data/${name}.json`)).json()) as OpenData;
      expect(json.schema_version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(json.count).toBe(content[name].length);
      expect(json.items.map((i) => i.id).sort()).toEqual(content[name].map((e) => e.id).sort());
      expect(json.fields.map((f) => f.name)).toContain('title');
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
      const feed = new XMLParser().parse(xml) as Feed;
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
    // The document's own text prints, down to its signature.
    await expect(page.locator('.prose').getByText('劳动和社会保障部').last()).toBeVisible();
  });
});

test.describe('项目征集 form', () => {
  test('asks nothing technical: no web address field, and the boxes are readable at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/projects/call/');
    await expect(page.getByLabel(/网址标识/)).toHaveCount(0);
    await expect(page.getByText(/英文/)).toHaveCount(0);
    for (const name of ['复员转业退伍军人', '其他城乡创业者']) {
      const label = page.locator('label.check', { hasText: name });
      const box = await label.boundingBox();
      const input = await label.getByRole('checkbox').boundingBox();
      // The label's text stays on one line beside a box of natural size.
      expect(box!.height, name).toBeLessThan(50);
      expect(input!.width, name).toBeLessThan(30);
    }
  });

  test('shows each problem next to its field in Chinese, and only fields that are on the form', async ({ page }) => {
    await page.goto('/projects/call/');
    await page.getByLabel('项目名称').fill('只有名称的项目');
    await page.getByRole('button', { name: '检查并生成项目文件' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('还有 8 处需要修改');
    // Each field says what is wrong with it, read out with the field.
    await expect(page.getByLabel('最低投资额（元）')).toHaveAccessibleDescription(/错误：\s*必填，尚未填写/);
    await expect(page.getByLabel('一句话简介')).toHaveAccessibleDescription(/不超过 120 字 错误：\s*必填，尚未填写/);
    await expect(page.getByLabel('最高投资额（元）')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('行业')).toHaveAccessibleDescription(/错误：\s*必填，尚未填写/);
    await expect(page.getByRole('group', { name: '适合人群' })).toHaveAccessibleDescription(/可多选 错误：\s*请至少选择一项/);
    // A wrong answer gets the schema's reason; the summary lists the fields in the form's order.
    await page.getByLabel('风险提示').fill('有风险');
    await page.getByLabel('最低投资额（元）').fill('-5000');
    await page.getByRole('button', { name: '检查并生成项目文件' }).click();
    await expect(page.getByLabel('风险提示')).toHaveAccessibleDescription(/不少于 10 字.*错误：\s*风险提示不少于 10 字/);
    await expect(page.getByLabel('最低投资额（元）')).toHaveAccessibleDescription(/错误：\s*金额不能为负/);
    const items = await summary.getByRole('listitem').allInnerTexts();
    expect(items.map((t) => t.split('：')[0])).toEqual(['一句话简介', '行业', '最低投资额（元）', '最高投资额（元）', '适合人群', '风险提示', '您的姓名', '联系电话或邮箱']);
    await expect(page.getByLabel('项目名称')).not.toHaveAttribute('aria-invalid', 'true');
    // The summary names the form's own fields; the derived 投资额区间 and the address never appear.
    await expect(summary).not.toContainText(/投资额区间|网址标识|项目状态|Invalid|Expected|received|Required/);
    await summary.getByRole('link', { name: /^风险提示：/ }).click();
    await expect(page.getByLabel('风险提示')).toBeFocused();
    await expect(page.getByRole('link', { name: /下载项目文件/ })).toHaveCount(0);
    // Fixing the fields clears their errors on the next check.
    await page.getByLabel('最低投资额（元）').fill('1000');
    await page.getByRole('button', { name: '检查并生成项目文件' }).click();
    await expect(page.getByLabel('最低投资额（元）')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(summary).toContainText('还有 7 处需要修改');
  });

  test('produces a file that passes the project schema, named from the title in pinyin', async ({ page }) => {
    await page.goto('/projects/call/');
    await fillCallForm(page, { title: '社区旧衣回收再造', org: '某社区工作站', reviewer: '周建国', reviewContact: '13512345678' });
    const { name, text } = await downloadProjectFile(page);
    expect(name).toBe('she-qu-jiu-yi-hui-shou-zai-zao.md');
    // The review contact goes to the editors in the e-mail, never into the file.
    expect(text).not.toMatch(/周建国|13512345678/);
    await expect(page.getByRole('link', { name: /发送到/ })).toHaveAttribute('href', /body=.*13512345678/);
    await expect(page.getByLabel(/邮件正文/)).toHaveValue(/提交人：周建国\n联系电话或邮箱：13512345678/);
    const { parseMarkdown } = await import('../helpers/content.ts');
    const { projectSchema } = await import('../../src/collections/projects/schema.ts');
    const { data, body } = parseMarkdown(text);
    const project = projectSchema.parse(data);
    expect(project).toMatchObject({ slug: 'she-qu-jiu-yi-hui-shou-zai-zao', stage: '征集中', band: '3–10万', groups: ['残疾人'], sample: false, provider: { org: '某社区工作站', consent: false } });
    expect(body.trim()).toBe('项目介绍正文。');
    const settings = (await import('yaml')).parse(readFileSync('tests/fixtures/site/settings/site.yml', 'utf8')) as { submission_email: string };
    await expect(page.getByRole('link', { name: /发送到/ })).toHaveAttribute('href', new RegExp(`^mailto:${settings.submission_email}\\?`));
  });
});

test.describe('project library', () => {
  test('the front door lists only projects on offer (推介中 / 已论证), each with its stage badge', async ({ page }) => {
    const expected = content.projects.filter((p) => ['推介中', '已论证'].includes(String(p.data.stage)) && onOffer(p));
    await page.goto('/projects/');
    const cards = page.locator('.entry-card');
    await expect(cards).toHaveCount(expected.length);
    for (const card of await cards.all()) await expect(card.locator('.badge--ok')).toHaveText(/推介中|已论证/);
    await page.getByRole('link', { name: /查看全部 30 个项目/ }).click();
    await expect(page.getByText(`共 ${content.projects.length} 条`)).toBeVisible();
  });

  test('filter links work without JavaScript and give exactly the matching projects', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/projects/');
    await page.getByText('按条件筛选').click();
    await page.getByRole('link', { name: /^3–10万（\d+）$/ }).click();
    await expect(page).toHaveURL(/\/projects\/filter\/band\/30k-100k\/$/);
    // The address changes when the navigation commits, before the new page's cards are there to read.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('创业项目：投资额区间「3–10万」');
    const titles = await page.locator('.entry-card__title').allInnerTexts();
    expect(titles.sort()).toEqual(content.projects.filter((p) => p.data.band === '3–10万').map((p) => String(p.data.title)).sort());
    await page.goto('/projects/filter/group/disabled/');
    const disabled = content.projects.filter((p) => (p.data.groups as string[]).includes('残疾人'));
    await expect(page.locator('.entry-card')).toHaveCount(disabled.length);
    await context.close();
  });
});

test('combined filters from /projects/ give exactly the projects the content files imply', async ({ page }) => {
  // The search leaves withdrawn projects out unless asked (tests/e2e/search.spec.ts).
  const expected = listedProjects
    .filter((p) => (p.data.groups as string[]).includes('下岗失业人员') && ['≤3万', '3–10万'].includes(String(p.data.band)))
    .filter((p) => (p.data.support as string[]).includes('补贴'))
    .map((p) => String(p.data.title));
  await page.goto('/projects/');
  await page.getByRole('link', { name: '组合多个条件筛选' }).click();
  // Each tick redraws the counts, and the long lists above (省份, 城市) shrink: tick the next box once the previous
  // search has finished, as a person does, or the click lands where the box was.
  const settled = () => expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果|没有找到/);
  await settled();
  for (const [facet, value] of [['适合人群', /^下岗失业人员/], ['投资额区间', /^≤3万/], ['投资额区间', /^3–10万/], ['可获扶持', /^补贴/]] as const) {
    await page.getByRole('group', { name: facet }).getByRole('checkbox', { name: value }).check();
    await settled();
  }
  await expect(page.getByRole('status')).toHaveText(`找到 ${expected.length} 条结果`);
  expect((await page.locator('.result__title').allTextContents()).sort()).toEqual(expected.sort());
});
