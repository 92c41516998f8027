/** Where an event stands on a given day, and what a reader is told about signing up. */
import type { Event } from './schema.ts';
import { CANCELLED_EVENT, POSTPONED_EVENT } from '../../schemas/taxonomies.ts';
import { formatDateTime } from '../../lib/core/format.ts';
import { kindBadge, type BadgeView } from '../../lib/domain/badges.ts';

type Timing = Pick<Event, 'start' | 'end' | 'status'> & { signup: Pick<Event['signup'], 'deadline'> };

/** Upcoming until it ends: an event under way is still on the calendar. */
export const isUpcoming = (e: Pick<Event, 'end'>, now: Date) => e.end.getTime() >= now.getTime();

/** 活动日历's order: upcoming events soonest first, then past ones newest first. */
export function calendarOrder<T extends { data: Pick<Event, 'start' | 'end'> }>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => isUpcoming(e.data, now)).sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  const past = events.filter((e) => !isUpcoming(e.data, now)).sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
  return { upcoming, past };
}

export type EventState = 'cancelled' | 'postponed' | 'past' | 'ongoing' | 'closed' | 'open';

export function eventState(e: Timing, now: Date): EventState {
  if (e.status === CANCELLED_EVENT) return 'cancelled';
  if (e.status === POSTPONED_EVENT) return 'postponed';
  const t = now.getTime();
  if (e.end.getTime() < t) return 'past';
  if (e.start.getTime() <= t) return 'ongoing';
  if (e.signup.deadline && e.signup.deadline.getTime() < t) return 'closed';
  return 'open';
}

export const EVENT_STATE_TEXT: Record<EventState, string> = {
  cancelled: '已取消',
  postponed: '已延期',
  past: '已结束',
  ongoing: '进行中',
  closed: '报名已截止',
  open: '即将举行',
};

/** What the event's page says before anything else (a warning, except for an event simply over), or null. */
export function eventNotice(e: Timing, now: Date): { text: string; warn: boolean } | null {
  switch (eventState(e, now)) {
    case 'cancelled':
      return { text: '本活动已取消。已报名的请留意主办单位的通知。', warn: true };
    case 'postponed':
      return { text: '本活动已延期，新的时间以主办单位通知为准；页面上的时间是原定时间。', warn: true };
    case 'past':
      return { text: '本活动已经结束，页面留作记录。', warn: false };
    case 'closed':
      return { text: `本活动的报名已于${formatDateTime(e.signup.deadline!)}截止。`, warn: true };
    default:
      return null;
  }
}

const EVENT_TONE: Record<EventState, BadgeView['tone']> = {
  cancelled: 'muted',
  postponed: 'warn',
  past: 'muted',
  ongoing: 'ok',
  closed: 'warn',
  open: 'ok',
};

/** An event's state on the build day: 即将举行, 报名已截止, 进行中, 已结束, 已延期 or 已取消. */
export const eventBadge = (d: Pick<Event, 'start' | 'end' | 'status' | 'signup'>, now: Date): BadgeView => {
  const state = eventState(d, now);
  return { text: EVENT_STATE_TEXT[state], tone: EVENT_TONE[state] };
};


/** The badges an event wears on its card and its page: its state, then its 活动类型. */
export const eventBadges = (d: Pick<Event, 'start' | 'end' | 'status' | 'signup' | 'kind'>, now: Date): BadgeView[] => [eventBadge(d, now), kindBadge(d.kind)];
