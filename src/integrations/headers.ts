import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerTable, writeHeaders } from '../lib/deploy/headers.ts';

/**
 * Writes the build's header table (dist/_headers.json, which `npm run nginx-conf` reads) and dist/_headers for
 * hosts that read such a file. Decided here, with the build's environment, so the served headers always match the
 * CSPs in the pages.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'portal:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const paths = readdirSync(root)
          .filter((name) => name !== 'admin' && !name.startsWith('_headers'))
          .map((name) => (statSync(`${root}/${name}`).isDirectory() ? `/${name}/*` : `/${name}`));
        writeHeaders(root, headerTable(process.env), ['/', ...paths.sort()]);
      },
    },
  };
}
