import { common, type DetailBuilder, type ListPage, linksTo } from '../../lib/views/detail.ts';
import { kindBadge } from '../../lib/domain/badges.ts';
import { newsItem, LABELS, newsMeta } from '../../lib/views/entry-views.ts';

/** The data of one 工作动态 page. */
export const page: DetailBuilder<'news'> = (entry, content) => {
  const d = entry.data;
  return {
    // An item reports on the programme's work; the policy, project or story it mentions is what a search for those
    // words should find first, as a 政策解读 ranks below its document.
    layout: { ...common('news', entry, content, [kindBadge(d.genre)], newsMeta(entry, content), d.updated), pubDate: d.published, searchWeight: 0.3 },
    related: [
      { title: LABELS.news.policies, links: linksTo('policies', d.policies, content) },
      { title: LABELS.news.projects, links: linksTo('projects', d.projects, content) },
      { title: LABELS.news.stories, links: linksTo('stories', d.stories, content) },
    ],
  };
};

/** The list at /news/: one card per entry. */
export const list: ListPage<'news'> = {
  item: (entry, content) => newsItem(entry, content),
};
