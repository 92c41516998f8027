import type { AstroIntegration } from 'astro';
import { productionProblems, ProductionRefusal } from '../lib/production.ts';

/** Stops `astro build` when what it would publish must not go out (src/lib/production.ts), naming every reason at
 * once; dev and preview run as they are. */
export function siteGuard(): AstroIntegration {
  return {
    name: 'portal:production-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problems = productionProblems(process.env);
        if (problems.length > 0) throw new ProductionRefusal(problems);
      },
    },
  };
}
