/** 活动日历: upcoming events by month, soonest first, then the past ones as an archive (decided on the build day). */
import type { Content } from '../content/entries.ts';
import { calendarOrder } from '../../collections/events/domain.ts';
import { formatDateTime } from '../core/format.ts';
import type { ListItem } from './entry-views.ts';
import { item as eventItem } from '../../collections/events/page.ts';

export interface CalendarMonth {
  /** 「2026年12月」, in Beijing time. */
  label: string;
  items: ListItem[];
}

export function eventCalendar(content: Content, now: Date): { months: CalendarMonth[]; past: ListItem[] } {
  const { upcoming, past } = calendarOrder(content.events, now);
  const months: CalendarMonth[] = [];
  for (const e of upcoming) {
    const label = formatDateTime(e.data.start).replace(/\d+日.*$/, '');
    let month = months.at(-1);
    if (!month || month.label !== label) {
      month = { label, items: [] };
      months.push(month);
    }
    month.items.push(eventItem(e, content, now));
  }
  return { months, past: past.map((e) => eventItem(e, content, now)) };
}
