import { getEntry } from 'astro:content';
import type { Settings } from '../../schemas/settings.ts';
import { ICP_LINK, PSB_PATTERN, psbLink } from '../../schemas/taxonomies.ts';

let cached: Promise<Settings> | undefined;

/** The site settings (content/settings/site.yml), read once per build. */
export function loadSettings(): Promise<Settings> {
  cached ??= (async () => {
    const entry = await getEntry('settings', 'site');
    // The loader refuses a build without the file, so this only fires on a programming error.
    if (!entry) throw new Error('settings: no entry "site"');
    return entry.data;
  })();
  return cached;
}

/** The page title: the page's own, then the site name (the home page is just the site name). */
export const pageTitle = (title: string, settings: Settings) => (title === settings.name ? title : `${title} - ${settings.name}`);

export interface Filing {
  text: string;
  href: string;
}

/** The filing numbers the footer shows, each linked to its registry; only those that are set. */
export function filings(settings: Settings): Filing[] {
  const psbCode = settings.psb ? PSB_PATTERN.exec(settings.psb)?.[1] : undefined;
  return [
    ...(settings.icp ? [{ text: settings.icp, href: ICP_LINK }] : []),
    ...(settings.psb && psbCode ? [{ text: settings.psb, href: psbLink(psbCode) }] : []),
  ];
}

