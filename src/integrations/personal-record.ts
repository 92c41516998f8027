import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILT_RECORD } from '../lib/deploy/personal-record.ts';

/** Astro writes /personal-record.tsv (src/pages/personal-record.tsv.ts); as a dot file it is never served by the
 * nginx recipe, and npm run publish moves it out of the release. */
export function personalRecord(): AstroIntegration {
  return {
    name: 'portal:personal-record',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const built = join(fileURLToPath(dir), 'personal-record.tsv');
        if (existsSync(built)) renameSync(built, join(fileURLToPath(dir), BUILT_RECORD));
      },
    },
  };
}
