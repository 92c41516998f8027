import { content, expect, test } from './fixtures.ts';

test.describe('lists', () => {
  test('paginate 20 a page, newest first, and every entry appears once', async ({ page }) => {
    const titles: string[] = [];
    await page.goto('/projects/all/');
    await expect(page.getByText('第 1 / 2 页，共 30 条')).toBeVisible();
    titles.push(...(await page.locator('.entry-card__title').allInnerTexts()));
    await page.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/\/projects\/all\/2\/$/);
    // The address changes when the navigation commits, before the new page's cards are there to read.
    await expect(page.getByText('第 2 / 2 页，共 30 条')).toBeVisible();
    titles.push(...(await page.locator('.entry-card__title').allInnerTexts()));
    expect(titles.slice(0, 20)).toHaveLength(20);
    expect(titles.sort()).toEqual(content.projects.map((p) => String(p.data.title)).sort());
    // Within the projects on offer (listed first), newest first.
    const dates = content.projects
      .filter((p) => ['推介中', '已论证'].includes(String(p.data.stage)) && !p.data.valid_until)
      .map((p) => ({ title: String(p.data.title), updated: String(p.data.updated) }))
      .sort((a, b) => b.updated.localeCompare(a.updated));
    await page.goto('/projects/all/');
    await expect(page.locator('.entry-card__title').first()).toHaveText(dates[0]!.title);
  });

  test('label every sample entry 「示例」 in lists', async ({ page }) => {
    for (const [path, collection] of [
      ['/stories/', content.stories],
      ['/incubators/', content.incubators],
      ['/training/', content.training],
    ] as const) {
      await page.goto(path);
      const cards = page.locator('.entry-card');
      await expect(cards).toHaveCount(collection.length);
      await expect(cards.filter({ hasText: '示例' })).toHaveCount(collection.filter((e) => e.data.sample).length);
    }
  });

  test('list the cities in a table in province order', async ({ page }) => {
    await page.goto('/cities/');
    const rows = page.locator('.city-table tbody tr');
    await expect(rows).toHaveCount(content.cities.length);
    await expect(rows.first()).toContainText('北京市');
    await expect(page.locator('.city-table tbody tr', { hasText: '成都市' }).getByRole('link', { name: '成都市' })).toBeVisible();
    await expect(page.getByText('示例名单').first()).toBeVisible();
  });
});

test.describe('detail pages', () => {
  test('the notice shows the gov.cn-style metadata and its verbatim text', async ({ page }) => {
    await page.goto('/policies/lsbf-2007-30/');
    const meta = page.getByRole('table', { name: /基本信息/ });
    await expect(meta.getByRole('row', { name: /发文字号/ })).toContainText('劳社部发〔2007〕30号');
    await expect(meta.getByRole('row', { name: /成文日期/ })).toContainText('2007年8月6日');
    await expect(meta.getByRole('row', { name: /有效性/ })).toContainText('待核实');
    await expect(page.getByText('本文件的现行有效性尚未核实')).toBeVisible();
    await expect(page.getByText('二○○七年八月六日')).toBeVisible();
  });

  test('every sample story, project and incubator says 「示例」 on its page', async ({ page }) => {
    const samples = [
      ...content.stories.map((e) => `/stories/${e.id}/`),
      ...content.projects.map((e) => `/projects/${e.id}/`),
      ...content.incubators.map((e) => `/incubators/${e.id}/`),
      ...content.training.map((e) => `/training/${e.id}/`),
    ];
    // Its time follows the fixture's size, as the axe sweep's chunks do: 76 pages took 35 s with three workers busy.
    test.setTimeout(Math.max(60_000, samples.length * 5_000));
    for (const path of samples) {
      await page.goto(path);
      await expect(page.locator('.detail__header .badge--sample'), path).toHaveText('示例');
      await expect(page.getByText('本条为虚构的示例内容'), path).toBeVisible();
    }
  });

  test('a city page shows the plan targets, its results against them, and the placeholder notice', async ({ page }) => {
    await page.goto('/cities/beijing/');
    await expect(page.getByRole('region', { name: '工作目标' })).toContainText('3,000 人以上');
    await page.goto('/cities/chengdu/');
    await expect(page.getByRole('region', { name: '工作目标' })).toContainText('1,500 人以上');
    const chengdu = content.cities.find((c) => c.id === 'chengdu')!;
    const y2009 = (chengdu.data.results as { year: number; trained: number; passed: number }[]).find((r) => r.year === 2009)!;
    const rate = y2009.passed / y2009.trained;
    const table = page.getByRole('table', { name: /2009年成效/ });
    await expect(table.getByRole('row', { name: /培训合格率/ })).toContainText(
      new RegExp(`≥ 80%\\s+${Math.round(rate * 1000) / 10}%\\s+${rate >= 0.8 ? '✓ 达标' : '✗ 未达标'}`),
    );
    await expect(page.getByRole('heading', { name: /2009年/ }).getByText('示例')).toBeVisible();
    await expect(page.getByText('官方的100个重点联系城市名单尚未取得')).toBeVisible();
  });

  test('a city without figures says 暂无数据', async ({ page }) => {
    const quiet = content.cities.find((c) => (c.data.results as unknown[]).length === 0)!;
    await page.goto(`/cities/${quiet.id}/`);
    await expect(page.getByText('暂无数据：本市尚未报送年度工作成效。')).toBeVisible();
  });

  test('a withdrawn project says so and shows its risk notice', async ({ page }) => {
    await page.goto('/projects/vcd-rental/');
    await expect(page.getByText('本项目已下架，不再向创业者推荐')).toBeVisible();
    await expect(page.getByRole('region', { name: '风险提示' })).toBeVisible();
  });
});

test.describe('relations link both ways', () => {
  test('story → city → story', async ({ page }) => {
    await page.goto('/stories/wuhan-graduate-design/');
    await page.getByRole('table').getByRole('link', { name: '武汉市' }).click();
    await expect(page).toHaveURL(/\/cities\/wuhan\/$/);
    await page.getByRole('link', { name: '大学毕业生在孵化基地创办设计工作室' }).click();
    await expect(page).toHaveURL(/\/stories\/wuhan-graduate-design\/$/);
  });

  test('story → incubator → story', async ({ page }) => {
    await page.goto('/stories/wuhan-graduate-design/');
    await page.getByRole('table').getByRole('link', { name: '江城众创孵化基地' }).click();
    await expect(page).toHaveURL(/\/incubators\/wuhan-jiangcheng\/$/);
    await expect(page.getByRole('region', { name: '从这里走出的创业典型' })).toContainText('大学毕业生在孵化基地创办设计工作室');
  });

  test('notice → attachment → notice', async ({ page }) => {
    await page.goto('/policies/lsbf-2007-30/');
    await page.getByRole('region', { name: '附件' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/policies\/lsbf-2007-30-plan\/$/);
    await page.getByRole('region', { name: '所属文件' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/policies\/lsbf-2007-30\/$/);
  });

  test('project → recommended city → project', async ({ page }) => {
    await page.goto('/projects/community-breakfast/');
    await page.getByRole('table').getByRole('link', { name: '成都市' }).click();
    await expect(page.getByRole('region', { name: '推荐项目' }).getByRole('link', { name: '社区早餐连锁店' })).toBeVisible();
  });
});

test('the header navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const [label, url, h1] of [
    ['政策文件', '/policies/', '政策文件'],
    ['创业典型', '/stories/', '创业典型'],
    ['创业项目', '/projects/', '创业项目'],
    ['孵化基地', '/incubators/', '孵化基地'],
    ['培训机构', '/training/', '创业培训定点机构'],
    ['重点城市', '/cities/', '重点联系城市'],
    ['关于本站', '/about/', '关于本站'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
});

test('breadcrumbs lead back to the list and home', async ({ page }) => {
  await page.goto('/incubators/chengdu-qihang/');
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await crumbs.getByRole('link', { name: '孵化基地' }).click();
  await expect(page).toHaveURL(/\/incubators\/$/);
});
