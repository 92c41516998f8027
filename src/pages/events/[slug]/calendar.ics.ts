import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../lib/content/entries.ts';
import { calendar, calendarResponse } from '../../../lib/publish/calendar.ts';

export const getStaticPaths = (async () => (await loadContent()).events.map((e) => ({ params: { slug: e.id } }))) satisfies GetStaticPaths;

/** One event as an iCalendar file: 「添加到日历」 on its page. */
export const GET: APIRoute = async ({ params, site }) => {
  const content = await loadContent();
  const event = content.entry('events', String(params.slug));
  return calendarResponse(calendar([event], content, site!, event.data.title));
};
