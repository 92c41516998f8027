/**
 * 网站地图: every section and list of the site, generated from the collections — the human counterpart of
 * sitemap-index.xml. A new collection or a new filter value appears here by itself.
 */
import { COLLECTIONS } from '../../schemas/index.ts';
import { PROVINCES } from '../../schemas/taxonomies.ts';
import type { Content } from '../content/entries.ts';
import { filterPages } from '../../search/index.ts';
import { entryUrl } from '../core/urls.ts';
import type { Link } from './entry-views.ts';

export interface SiteMapSection {
  title: string;
  href: string;
  count?: number;
  /** Lists inside the section, grouped: 「按行业」 → links … */
  groups: { title: string; links: Link[] }[];
}

/** Pages that are not a collection, in the order a visitor meets them. */
export const SERVICE_PAGES: Link[] = [
  { label: '首页', href: '/' },
  { label: '我要创业', href: '/start/' },
  { label: '站内搜索', href: '/search/' },
  { label: '项目征集', href: '/projects/call/' },
  { label: '开放数据', href: '/data/' },
  { label: '意见反馈', href: '/feedback/' },
  { label: '关于本站', href: '/about/' },
];

export function siteMapSections(content: Content, today: Date): SiteMapSection[] {
  const filters = filterPages(content, today);
  return COLLECTIONS.map((c) => {
    const section: SiteMapSection = { title: c.label, href: c.path, count: content[c.name].length, groups: [] };
    if (c.name === 'projects') {
      section.groups.push({ title: '全部项目', links: [{ label: '全部创业项目', href: '/projects/all/' }] });
      for (const facet of [...new Set(filters.map((f) => f.facet))]) {
        const pages = filters.filter((f) => f.facet === facet);
        section.groups.push({ title: `按${pages[0]!.facetLabel}`, links: pages.map((f) => ({ label: `${f.value}（${f.projects.length}）`, href: `/projects/filter/${f.facet}/${f.key}/` })) });
      }
    }
    if (c.name === 'cities') {
      for (const p of PROVINCES) {
        const cities = content.cities.filter((city) => city.data.province === p.name);
        if (cities.length) section.groups.push({ title: p.name, links: cities.map((city) => ({ label: city.data.name, href: entryUrl('cities', city.id) })) });
      }
    }
    return section;
  });
}
