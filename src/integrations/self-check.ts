import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INSPECT_PAGE, inspectSite } from '../lib/inspect/files.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { isProductionBuild } from '../lib/deploy/production.ts';


/**
 * Every production build runs the self-check (src/lib/inspect/report.ts) over its content and its pages, prints it and
 * publishes it for the editors at /admin/inspect/ (noindex, under /admin/'s own rules). It never stops the build:
 * publishing is how a stale section gets fixed. What must not be published at all is the production guard's
 * (src/lib/deploy/production.ts).
 */
export function selfCheck(): AstroIntegration {
  return {
    name: 'portal:self-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!isProductionBuild()) return;
        const dist = fileURLToPath(dir);
        const report = inspectSite({ content: contentDir(), dist, now: new Date() });
        const page = join(dist, INSPECT_PAGE);
        mkdirSync(dirname(page), { recursive: true });
        writeFileSync(page, report.html);
        const message = `${report.text}\n（报告页面：/${INSPECT_PAGE.replace(/index\.html$/, '')}）`;
        if (report.findings.some((f) => f.level === 'fail')) logger.warn(message);
        else logger.info(message);
      },
    },
  };
}
