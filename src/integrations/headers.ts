import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/headers.ts';

/** Writes dist/_headers, the security headers for hosts that read such a file (the pages also carry the CSP). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'portal:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const paths = readdirSync(root)
          .filter((name) => name !== 'admin' && !name.startsWith('_headers'))
          .map((name) => (statSync(`${root}/${name}`).isDirectory() ? `/${name}/*` : `/${name}`));
        writeFileSync(`${root}/_headers`, headersFile(process.env, ['/', ...paths.sort()]));
      },
    },
  };
}
