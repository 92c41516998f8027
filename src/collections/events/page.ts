import { common, type DetailBuilder, linksTo, linkTo } from '../../lib/views/detail.ts';
import { eventBadges } from '../../lib/domain/badges.ts';
import { eventNotice } from '../../lib/domain/events.ts';
import { eventMeta, eventPlace, LABELS, type MetaRow, signupRows } from '../../lib/views/entry-views.ts';
import { eventIcsUrl } from '../../lib/core/urls.ts';

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
      ...common('events', entry, content, eventBadges(d, today), eventMeta(entry, content), d.updated),
      pubDate: d.start,
      searchWeight: 0.5,
    },
    related: [
      { title: LABELS.events.projects, links: linksTo('projects', d.projects, content) },
      { title: LABELS.events.experts, links: linksTo('experts', d.experts, content) },
      { title: '预告和回顾', links: reports.map(linkTo('news')) },
    ],
    signup: signupRows(entry),
    place: eventPlace(entry, content),
    ics: eventIcsUrl(entry.id),
    ...(notice ? { notice } : {}),
  };
};
