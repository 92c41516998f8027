// The seed's remaining duties (issue 27): 工作动态 on the home page and in a feed, 活动 with a calendar a phone can
// take, and the 创业专家 directory, with the expert's name public only by consent.
import ICAL from 'ical.js';
import { asText } from '../../src/lib/core/format.ts';
import { content, expect, test } from './fixtures.ts';

const now = new Date();
const time = (text: unknown) => new Date(`${asText(text).replace(' ', 'T')}:00+08:00`);
const upcoming = content.events.filter((e) => time(e.data.end) >= now).sort((a, b) => time(a.data.start).getTime() - time(b.data.start).getTime());
const past = content.events.filter((e) => time(e.data.end) < now);
const vevents = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

test.describe('工作动态', () => {
  test('the home page shows the newest items and the events coming up, with a feed to follow', async ({ page, request }) => {
    await page.goto('/');
    const newest = [...content.news].sort((a, b) => asText(b.data.published).localeCompare(asText(a.data.published)))[0]!;
    const section = page.getByRole('region', { name: '工作动态' });
    await expect(section.locator('.entry-card').first()).toContainText(String(newest.data.title));
    await expect(section.locator('.entry-card').first().locator('.badge')).toContainText(['示例', String(newest.data.genre)]);
    const events = page.getByRole('region', { name: '近期活动' });
    await expect(events.locator('.entry-card').first()).toContainText(String(upcoming[0]!.data.title));
    for (const e of past) await expect(events).not.toContainText(String(e.data.title));
    const rss = await (await request.get('/news/rss.xml')).text();
    expect(rss.match(/<item>/g)).toHaveLength(content.news.length);
    expect(rss).toContain(`【示例】${String(newest.data.title)}`);
  });

  test('an item links the event it announces, and the event its reports', async ({ page }) => {
    const notice = content.news.find((n) => n.data.genre === '活动预告' && n.data.event)!;
    await page.goto(`/news/${notice.id}/`);
    const row = page.getByRole('table', { name: /基本信息/ }).getByRole('row', { name: /相关活动/ });
    await row.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/events/${String(notice.data.event)}/$`));
    await expect(page.getByRole('link', { name: String(notice.data.title) })).toBeVisible();
  });
});

test.describe('活动日历', () => {
  test('lists upcoming events soonest first by month, then the past ones, each with its state', async ({ page }) => {
    await page.goto('/events/');
    const titles = await page.locator('main section:not([aria-labelledby="past-heading"]) .entry-card__title').allTextContents();
    expect(titles.map((t) => t.trim())).toEqual(upcoming.map((e) => String(e.data.title)));
    const archive = page.getByRole('region', { name: '往期活动' });
    for (const e of past) await expect(archive).toContainText(String(e.data.title));
    const cancelled = content.events.find((e) => e.data.status === '已取消')!;
    await expect(page.locator('.entry-card', { hasText: String(cancelled.data.title) }).locator('.badge')).toContainText(['已取消']);
    const closed = upcoming.find((e) => e.data.status === undefined && e.data.signup && time((e.data.signup as { deadline?: string }).deadline) < now)!;
    await expect(page.locator('.entry-card', { hasText: String(closed.data.title) }).locator('.badge')).toContainText(['报名已截止']);
    await expect(page.getByRole('heading', { level: 2, name: /^\d{4}年\d{1,2}月$/ }).first()).toBeVisible();
  });

  test('an event says when, where and how to sign up, and goes into a calendar at the right time', async ({ page, request }) => {
    const e = content.events.find((x) => x.id === 'chengdu-project-fair')!;
    await page.goto(`/events/${e.id}/`);
    const meta = page.getByRole('table', { name: /基本信息/ });
    await expect(meta.getByRole('row', { name: /^时间/ })).toContainText('2099年12月10日 09:30–16:30');
    const signup = page.getByRole('region', { name: '怎样报名' });
    await expect(signup).toContainText('报名截止');
    await expect(signup).toContainText('2099年12月9日 17:00');
    await expect(signup).toContainText('成都市锦江区示例路 8 号');
    const href = await page.getByRole('link', { name: /添加到日历/ }).getAttribute('href');
    const [event] = vevents(await (await request.get(href!)).text());
    expect(event!.summary).toBe(`【示例】${String(e.data.title)}`);
    expect(event!.startDate.toJSDate().toISOString()).toBe('2099-12-10T01:30:00.000Z');
    expect(event!.location).toContain(String(e.data.venue));
    // What the 推介会 presents, and who answers questions there.
    const related = page.getByRole('region', { name: '推介项目' });
    for (const id of e.data.projects as string[]) await expect(related).toContainText(String(content.projects.find((p) => p.id === id)!.data.title));
    // The project page names the event that presents it; the city page lists it.
    await page.goto(`/projects/${(e.data.projects as string[])[0]}/`);
    await expect(page.getByRole('link', { name: new RegExp(String(e.data.title)) })).toBeVisible();
    await page.goto('/cities/chengdu/');
    await expect(page.getByRole('region', { name: '活动' }).getByRole('link', { name: new RegExp(String(e.data.title)) })).toBeVisible();
    await expect(page.locator('.mini-map figcaption')).toContainText('活动地点（三角）');
  });

  test('the calendar feed holds the upcoming events and no past one', async ({ request }) => {
    const feed = vevents(await (await request.get('/events/calendar.ics')).text());
    expect(feed.map((v) => v.summary).sort()).toEqual(upcoming.map((e) => `【示例】${String(e.data.title)}`).sort());
    const cancelled = content.events.find((e) => e.data.status === '已取消')!;
    expect(feed.find((v) => v.uid.startsWith(`${cancelled.id}@`))?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});

test.describe('创业专家', () => {
  const named = content.experts.find((x) => x.data.consent === true)!;
  const unnamed = content.experts.filter((x) => x.data.consent !== true);

  test('an expert page shows services, how to book at the desk and the evaluation honestly', async ({ page }) => {
    await page.goto(`/experts/${named.id}/`);
    const meta = page.getByRole('table', { name: /基本信息/ });
    await expect(meta.getByRole('row', { name: /^姓名/ })).toContainText(String(named.data.name));
    await expect(meta.getByRole('row', { name: /服务方式/ })).toContainText((named.data.services as string[]).join('、'));
    await expect(meta.getByRole('row', { name: /服务评估/ })).toContainText(/创业者满意度 \d+%.*（.+，\d{4}年\d{1,2}月\d{1,2}日）/);
    const booking = page.getByRole('region', { name: '怎样预约' });
    await expect(booking).toContainText(String((named.data.booking as { desk: string }).desk));
    const none = content.experts.find((x) => !x.data.evaluation)!;
    await page.goto(`/experts/${none.id}/`);
    await expect(page.getByRole('table', { name: /基本信息/ }).getByRole('row', { name: /服务评估/ })).toContainText('暂无评估');
  });

  test('the name of an expert who has not consented appears nowhere: page, list, search data, open data, start index', async ({ page, request }) => {
    for (const x of unnamed) {
      await page.goto(`/experts/${x.id}/`);
      await expect(page.locator('main')).not.toContainText(String(x.data.name));
      await expect(page.getByRole('table', { name: /基本信息/ }).getByRole('row', { name: /^姓名/ })).toHaveCount(0);
    }
    const texts = await Promise.all(['/experts/', '/data/experts.json', '/data/experts.csv', '/start/index.json'].map(async (p) => (await request.get(p)).text()));
    for (const x of unnamed) for (const t of texts) expect(t).not.toContain(String(x.data.name));
    expect(texts[1]).toContain(String(named.data.name));
  });

  test('我要创业 suggests the experts of the founder\'s city, those who know the industry first', async ({ page }) => {
    await page.goto('/start/?group=%E4%B8%8B%E5%B2%97%E5%A4%B1%E4%B8%9A%E4%BA%BA%E5%91%98&budget=5&city=chengdu&industry=%E4%BD%8F%E5%AE%BF%E5%92%8C%E9%A4%90%E9%A5%AE%E4%B8%9A');
    const section = page.getByRole('region', { name: '成都市的创业专家' });
    const chengdu = content.experts.filter((x) => x.data.city === 'chengdu');
    await expect(section.getByRole('link')).toHaveCount(chengdu.length);
    const specific = chengdu.find((x) => (x.data.industries as string[] | undefined)?.includes('住宿和餐饮业'))!;
    await expect(section.getByRole('link').first()).toHaveText(new RegExp(String(specific.data.title)));
    await expect(section).toContainText('创业服务窗口预约');
    // And the city's events still to come, with their times.
    const events = page.getByRole('region', { name: '成都市近期的活动' });
    const coming = upcoming.filter((e) => e.data.city === 'chengdu');
    await expect(events.getByRole('link')).toHaveText(coming.map((e) => new RegExp(String(e.data.title))));
    await expect(events).toContainText('2099年12月10日 09:30–16:30');
  });
});
