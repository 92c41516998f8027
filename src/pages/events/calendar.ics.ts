import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { loadSettings } from '../../lib/content/settings.ts';
import { calendar, calendarResponse } from '../../lib/publish/calendar.ts';
import { calendarOrder } from '../../collections/events/domain.ts';

/** The calendar feed of upcoming events (a phone subscribes to it and gets new events as the site publishes them). */
export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent();
  const { upcoming } = calendarOrder(content.events, new Date());
  return calendarResponse(calendar(upcoming, content, site!, `${(await loadSettings()).name} · 活动日历`));
};
