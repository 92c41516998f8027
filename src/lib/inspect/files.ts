/**
 * What the self-check reads: the content folder and the settings, checked with the collections' schemas, and the
 * build's broken links. Outside Astro, so npm run inspect works on a checkout, and the production build's hook
 * after the pages are written. Entries the schemas refuse are left out: the build names them itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema } from '../../schemas/settings.ts';
import { checkedEntries } from '../content/files.ts';
import { readReports } from '../report/files.ts';
import { beijingDay, readHistory } from '../content/history.ts';
import { inspect, reportHtml, reportText, type Finding } from './report.ts';
import { checkLinks } from './links.ts';
import { SETTINGS_FILE } from '../content/content-dir.ts';
import { parseYamlFile } from '../content/preflight.ts';

export interface Inspection {
  findings: Finding[];
  text: string;
  html: string;
}

/** The self-check of a content folder and, when given, its build, at the moment `now`: the report's today is that
 * moment's calendar day in Beijing, the day an editor in China writes as 更新日期 (read as the day in UTC, a build
 * between 00:00 and 08:00 found every entry updated that morning dated after today). */
export function inspectSite(options: { content: string; dist?: string | undefined; now: Date }): Inspection {
  const settings = settingsSchema.parse(parseYamlFile(readFileSync(join(options.content, SETTINGS_FILE))).data);
  const all = checkedEntries(options.content);
  const built = options.dist && existsSync(join(options.dist, 'index.html')) ? options.dist : undefined;
  const input = { today: beijingDay(options.now.toISOString()), settings, entries: all, links: built ? checkLinks(built).broken : undefined, history: readHistory(options.content), reports: readReports(options.content).map((r) => r.year) };
  const findings = inspect(input);
  // The site's own stylesheet, as the home page links it.
  const stylesheet = built ? /<link rel="stylesheet" href="([^"]+)"/.exec(readFileSync(join(built, 'index.html'), 'utf8'))?.[1] : undefined;
  return { findings, text: reportText(findings, input), html: reportHtml(findings, { ...input, site: settings.name, stylesheet }) };
}

/** Where the report is published in a build. */
export const INSPECT_PAGE = 'admin/inspect/index.html';
