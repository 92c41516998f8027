import type { AstroIntegration } from 'astro';
import { backendConfig } from '../lib/cms/config.ts';
import { productionProblems, ProductionRefusal } from '../lib/deploy/production.ts';

/** Stops `astro build` when what it would publish must not go out (src/lib/deploy/production.ts), naming every reason at
 * once, or when the CMS backend is misconfigured; dev and preview run as they are. */
export function siteGuard(): AstroIntegration {
  return {
    name: 'portal:production-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        // A CMS configured so that 「发布」 could go live unreviewed, or missing what it needs, stops every build
        // (a demonstration too) before any page is rendered.
        backendConfig(process.env);
        const problems = productionProblems(process.env);
        if (problems.length > 0) throw new ProductionRefusal(problems);
      },
    },
  };
}
