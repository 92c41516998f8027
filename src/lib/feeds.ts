import rss from '@astrojs/rss';
import type { Content } from './content.ts';
import { SITE } from './site.ts';
import { entryUrl } from './urls.ts';

export const FEEDS = {
  policies: { title: `${SITE.name} · 政策文件`, href: '/policies/rss.xml' },
  stories: { title: `${SITE.name} · 创业典型`, href: '/stories/rss.xml' },
} as const;

/** An RSS 2.0 feed of one collection, newest first, one item per entry (sample entries say so in the title). */
export function feed(collection: keyof typeof FEEDS, content: Content, site: URL) {
  const entries = content[collection] as unknown as {
    id: string;
    data: { title: string; summary: string; sample: boolean; updated: Date; published?: Date };
  }[];
  return rss({
    title: FEEDS[collection].title,
    description: SITE.disclaimer,
    site,
    customData: '<language>zh-cn</language>',
    items: entries.map((e) => ({
      title: e.data.sample ? `【示例】${e.data.title}` : e.data.title,
      description: e.data.summary,
      link: entryUrl(collection, e.id),
      pubDate: e.data.published ?? e.data.updated,
    })),
  });
}
