/**
 * Visits counted from the web server's own access log — no cookie, no script from elsewhere, no database. nginx
 * writes its `combined` format by default, and the recipe keeps it (src/lib/deploy/nginx.ts); Debian's goaccess
 * reads it too, but reports visits by its own rules, knows nothing of the site's beacons (src/lib/core/beacons.ts)
 * and writes addresses into its output, so this small parser counts what the 年度报表 and the editors need:
 *
 * - 浏览量: successful GETs of pages (not assets, not /admin/, not the beacons; a 304 revalidation counts), by day
 *   and by page;
 * - 独立访客: per day, distinct address + browser — a digest kept in memory for that day, never written;
 * - left out: declared crawlers (their user agents), anything that fetched /robots.txt that day, errors and
 *   redirects (status ≥ 300), other methods;
 * - the referrers from other hosts; the search beacons (query, results) and the 有帮助/没帮助 votes.
 *
 * The summary (StatsSummary) holds counts, pages, hosts and queries: no address and no browser.
 */
import { createHash } from 'node:crypto';
import { BEACON } from '../core/beacons.ts';

export interface LogLine {
  address: string;
  /** Calendar day in Beijing (YYYY-MM-DD). */
  day: string;
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  referrer: string;
  agent: string;
}

const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/** `combined`: $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" */
const COMBINED = /^(\S+) \S+ \S+ \[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\] "(\S+) (\S+)[^"]*" (\d{3}) \S+ "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"/;

/** One line of the log, or undefined for a line that is not one (a request nginx could not parse, say). */
export function parseLine(line: string): LogLine | undefined {
  const m = COMBINED.exec(line);
  if (!m) return undefined;
  const [, address, dd, mon, yyyy, hh, mi, ss, zone, method, target, status, referrer, agent] = m;
  const month = MONTHS[mon!];
  if (month === undefined) return undefined;
  const offset = (zone!.startsWith('-') ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(3, 5))) * 60_000;
  const utc = Date.UTC(Number(yyyy), month, Number(dd), Number(hh), Number(mi), Number(ss)) - offset;
  const day = new Date(utc + 8 * 3_600_000).toISOString().slice(0, 10);
  let url: URL;
  let path: string;
  try {
    // Appended, not resolved: a request for //other.host/ keeps that path rather than becoming another host's /.
    url = new URL(`http://site.invalid${target!.startsWith('/') ? '' : '/'}${target!}`);
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  return { address: address!, day, method: method!, path, query: url.searchParams, status: Number(status), referrer: referrer!, agent: agent! };
}

/** Declared crawlers and fetching tools, by their user agents (search engines of China and elsewhere, link checkers). */
export const BOT_AGENTS =
  /bot\b|bot\/|spider|crawl|slurp|Baiduspider|Sogou|YisouSpider|Bytespider|360Spider|HaosouSpider|PetalBot|bingpreview|facebookexternalhit|Headless|python-requests|python-urllib|curl\/|Wget|Go-http-client|Java\/|okhttp|axios|node-fetch|monitor|uptime/i;

/** Files that are not pages: the build's assets, the search index, pictures, data and feeds. */
const ASSET = /^\/(_astro|pagefind|admin)\/|\.(css|js|mjs|map|json|xml|rss|csv|ics|txt|md|svg|png|jpe?g|webp|avif|gif|ico|woff2?|wasm|pdf|pf_\w+|pagefind)$/i;

/** A path on this site: /stats/ links to it, so never `//other.host/` (a link to another site) or a scheme. */
const isSitePath = (path: string) => /^\/(?![/\\])/.test(path);

export const isPage = (path: string) => !ASSET.test(path) && !path.startsWith(BEACON.prefix);

export interface StatsSummary {
  /** The first and last day counted (Beijing). */
  from: string;
  to: string;
  days: { day: string; views: number; visitors: number }[];
  months: { month: string; views: number; visitors: number }[];
  pages: { path: string; views: number }[];
  referrers: { host: string; views: number }[];
  searches: { total: number; queries: { q: string; searches: number; zero: number }[] };
  helpful: { page: string; yes: number; no: number }[];
  /** Requests left out, by reason. */
  excluded: { bots: number; errors: number; assets: number; other: number };
}

/** A referrer's host name, '' for none ("-") or one that is not a URL. */
function hostOf(referrer: string): string {
  try {
    return referrer && referrer !== '-' ? new URL(referrer).hostname : '';
  } catch {
    return '';
  }
}

/** The `n` largest by `by`; ties by name, so the summary does not depend on the order the logs were read in. */
const top = <T>(list: T[], by: (x: T) => number, name: (x: T) => string, n: number) =>
  [...list].sort((a, b) => by(b) - by(a) || name(a).localeCompare(name(b))).slice(0, n);

/** Counts the lines of one or more logs (any order; the days are sorted). `ownHosts` are the site's own names. */
export function countLog(lines: Iterable<string>, ownHosts: readonly string[] = []): StatsSummary {
  const parsed: LogLine[] = [];
  for (const line of lines) {
    const l = parseLine(line);
    if (l) parsed.push(l);
  }
  // Whoever fetched robots.txt on a day is a crawler that day, whatever its user agent says.
  const robots = new Set(parsed.filter((l) => l.path === '/robots.txt').map((l) => `${l.day}\t${l.address}\t${l.agent}`));
  const excluded = { bots: 0, errors: 0, assets: 0, other: 0 };
  const days = new Map<string, { views: number; visitors: Set<string> }>();
  const pages = new Map<string, number>();
  const referrers = new Map<string, number>();
  const queries = new Map<string, { searches: number; zero: number }>();
  const helpful = new Map<string, { yes: number; no: number }>();
  let searches = 0;
  for (const l of parsed) {
    if (BOT_AGENTS.test(l.agent) || robots.has(`${l.day}\t${l.address}\t${l.agent}`)) excluded.bots++;
    else if (l.method !== 'GET' && l.method !== 'HEAD') excluded.other++;
    else if (l.path === BEACON.search && l.status < 400) {
      const q = (l.query.get('q') ?? '').trim();
      if (!q) continue;
      searches++;
      const entry = queries.get(q) ?? { searches: 0, zero: 0 };
      entry.searches++;
      if (l.query.get('n') === '0') entry.zero++;
      queries.set(q, entry);
    } else if (l.path === BEACON.helpful && l.status < 400) {
      const page = l.query.get('page') ?? '';
      const vote = l.query.get('v');
      if (!isSitePath(page) || (vote !== 'yes' && vote !== 'no')) continue;
      const entry = helpful.get(page) ?? { yes: 0, no: 0 };
      entry[vote]++;
      helpful.set(page, entry);
    } else if (l.status >= 300 && l.status !== 304) excluded.errors++;
    else if (!isPage(l.path)) excluded.assets++;
    else if (!isSitePath(l.path)) excluded.other++;
    else {
      const day = days.get(l.day) ?? { views: 0, visitors: new Set<string>() };
      day.views++;
      day.visitors.add(createHash('sha1').update(`${l.address}\t${l.agent}`).digest('base64'));
      days.set(l.day, day);
      pages.set(l.path, (pages.get(l.path) ?? 0) + 1);
      const host = hostOf(l.referrer);
      if (host && !ownHosts.includes(host)) referrers.set(host, (referrers.get(host) ?? 0) + 1);
    }
  }
  const dayList = [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, d]) => ({ day, views: d.views, visitors: d.visitors.size }));
  const months = new Map<string, { views: number; visitors: number }>();
  for (const d of dayList) {
    const m = months.get(d.day.slice(0, 7)) ?? { views: 0, visitors: 0 };
    m.views += d.views;
    // A month's 独立访客 is the sum of its days': visitors are never kept past their day.
    m.visitors += d.visitors;
    months.set(d.day.slice(0, 7), m);
  }
  return {
    from: dayList[0]?.day ?? '',
    to: dayList.at(-1)?.day ?? '',
    days: dayList,
    months: [...months].map(([month, m]) => ({ month, ...m })),
    pages: top([...pages].map(([path, views]) => ({ path, views })), (p) => p.views, (p) => p.path, 50),
    referrers: top([...referrers].map(([host, views]) => ({ host, views })), (r) => r.views, (r) => r.host, 20),
    searches: { total: searches, queries: top([...queries].map(([q, c]) => ({ q, ...c })), (q) => q.searches, (q) => q.q, 200) },
    helpful: top([...helpful].map(([page, v]) => ({ page, ...v })), (h) => h.no * 1000 + h.yes, (h) => h.page, 200),
    excluded,
  };
}
