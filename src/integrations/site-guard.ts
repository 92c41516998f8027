import type { AstroIntegration } from 'astro';
import { siteUrlProblem } from '../lib/site-url.ts';

/** Stops `astro build` without a public SITE_URL (src/lib/site-url.ts); dev and preview run as they are. */
export function siteGuard(): AstroIntegration {
  return {
    name: 'portal:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problem = siteUrlProblem(process.env);
        if (problem) throw problem;
      },
    },
  };
}
