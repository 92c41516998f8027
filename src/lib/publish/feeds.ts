import { UI } from '../core/ui-text.ts';
import rss from '@astrojs/rss';
import type { Content } from '../content/entries.ts';
import { anyEntries, type AnyEntry } from '../content/any-entry.ts';
import type { Settings } from '../../schemas/settings.ts';
import { entryUrl } from '../core/urls.ts';

export const FEEDS = {
  policies: { label: '政策文件', href: '/policies/rss.xml' },
  news: { label: '工作动态', href: '/news/rss.xml' },
  stories: { label: '创业典型', href: '/stories/rss.xml' },
} as const;

export type Feed = (typeof FEEDS)[keyof typeof FEEDS];

/** 「创业促就业服务门户 · 政策文件」 */
export const feedTitle = (feed: Feed, settings: Settings) => `${settings.name} · ${feed.label}`;

/** An RSS 2.0 feed of one collection, newest first, one item per entry (sample entries say so in the title). */
export function feed(collection: keyof typeof FEEDS, content: Content, settings: Settings, site: URL) {
  const entries = anyEntries(content, collection);
  const date = (d: AnyEntry['data']) => [d.published, d.updated].find((v): v is Date => v instanceof Date);
  return rss({
    title: feedTitle(FEEDS[collection], settings),
    description: settings.disclaimer,
    site,
    customData: '<language>zh-cn</language>',
    items: entries.map((e) => ({
      title: e.data.sample ? `【${UI.sample}】${e.data.title}` : e.data.title,
      description: e.data.summary,
      link: entryUrl(collection, e.id),
      pubDate: date(e.data),
    })),
  });
}
