import { common, type DetailBuilder, type ListPage, linksTo } from '../../lib/views/detail.ts';
import { kindBadge } from '../../lib/domain/badges.ts';
import { card, cityLink, type ItemBuilder, LABELS, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { formatDate } from '../../lib/core/format.ts';
import { entryUrl } from '../../lib/core/urls.ts';

const L = LABELS.news;

/** A 工作动态 card: its genre, date, city and source. */
export const item: ItemBuilder<'news'> = (n, content) => {
  const d = n.data;
  return card('news', n, [kindBadge(d.genre)], [`${formatDate(d.published)}发布`, ...(d.city ? [content.city(d.city).data.name] : []), d.source.name]);
};

export function meta(n: EntryOf<'news'>, content: Content): MetaRow[] {
  const d = n.data;
  return rows([
    { label: L.genre, value: d.genre },
    { label: L.published, value: formatDate(d.published) },
    d.city !== undefined && { label: L.city, value: [cityLink(content.city(d.city))] },
    d.event !== undefined && { label: L.event, value: [{ href: entryUrl('events', d.event), label: content.entry('events', d.event).data.title }] },
  ]);
}

/** The data of one 工作动态 page. */
export const page: DetailBuilder<'news'> = (entry, content) => {
  const d = entry.data;
  return {
    // An item reports on the programme's work; the policy, project or story it mentions is what a search for those
    // words should find first, as a 政策解读 ranks below its document.
    layout: { ...common('news', entry, content, [kindBadge(d.genre)], meta(entry, content), d.updated), pubDate: d.published, searchWeight: 0.3 },
    related: [
      { title: L.policies, links: linksTo('policies', d.policies, content) },
      { title: L.projects, links: linksTo('projects', d.projects, content) },
      { title: L.stories, links: linksTo('stories', d.stories, content) },
    ],
  };
};

/** /news/ is a plain list of the cards (`item`). */
export const list: ListPage = {};
