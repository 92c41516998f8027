import { common, type DetailBuilder, linksTo, linkTo } from '../../lib/views/detail.ts';
import { eventBadges } from './domain.ts';
import { eventNotice } from './domain.ts';
import { card, cityLink, type ItemBuilder, LABELS, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { eventSchema } from './schema.ts';
import { formatDateTime, formatTimeSpan } from '../../lib/core/format.ts';
import { eventIcsUrl } from '../../lib/core/urls.ts';

const L = LABELS.events;
const SIGNUP = labelsOf(eventSchema.shape.signup);

/** A 活动 card: its status today, time, place and cost. */
export const item: ItemBuilder<'events'> = (e, content, today) => {
  const d = e.data;
  return card('events', e, eventBadges(d, today), [formatTimeSpan(d.start, d.end), `${content.city(d.city).data.name}　${d.venue}`, `${L.cost}：${d.cost}`]);
};

export function meta(e: EntryOf<'events'>, content: Content): MetaRow[] {
  const d = e.data;
  return rows([
    { label: L.kind, value: d.kind },
    { label: L.status, value: d.status },
    { label: '时间', value: formatTimeSpan(d.start, d.end) },
    { label: L.city, value: [cityLink(content.city(d.city))] },
    { label: L.venue, value: d.venue },
    { label: L.address, value: `${d.address.district}${d.address.street}` },
    { label: L.organiser, value: d.organiser },
    { label: L.cost, value: d.cost },
  ]);
}

/** How to sign up: the way, the address, the office phone, the deadline. */
function signupRows(e: EntryOf<'events'>): MetaRow[] {
  const s = e.data.signup;
  return rows([
    { label: SIGNUP.how, value: s.how },
    s.url !== undefined && { label: SIGNUP.url, value: [{ href: s.url, label: s.url }] },
    s.phone !== undefined && { label: SIGNUP.phone, value: s.phone },
    { label: SIGNUP.deadline, value: s.deadline ? formatDateTime(s.deadline) : '不设截止' },
  ]);
}

/** Where an event is, as a visitor types it into a map app. */
export const eventPlace = (e: EntryOf<'events'>, content: Content) => `${content.city(e.data.city).data.name}${e.data.address.district}${e.data.address.street}　${e.data.venue}`;

/** What a 活动 page shows besides the common parts (Detail.astro renders it). */
export type EventsExtras = { signup: MetaRow[]; place: string; ics: string };

/** The data of one 活动 page. */
export const page: DetailBuilder<'events', EventsExtras> = (entry, content, today) => {
  const d = entry.data;
  const notice = eventNotice(d, today);
  const reports = content.linkedFrom('events', entry.id, 'news');
  return {
    // Likewise an event about loans or a project: the policy and the project come first.
    layout: {
      ...common('events', entry, content, eventBadges(d, today), meta(entry, content), d.updated),
      pubDate: d.start,
      searchWeight: 0.5,
    },
    related: [
      { title: L.projects, links: linksTo('projects', d.projects, content) },
      { title: L.experts, links: linksTo('experts', d.experts, content) },
      { title: '预告和回顾', links: reports.map(linkTo('news')) },
    ],
    signup: signupRows(entry),
    place: eventPlace(entry, content),
    ics: eventIcsUrl(entry.id),
    ...(notice ? { notice } : {}),
  };
};
