import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/** The project's git-ignored scratch folder. */
export const SCRATCH = new URL('../../tmp/', import.meta.url).pathname;

/**
 * A fresh folder for a test or benchmark build, inside the project. Astro 7 keeps a build's prerender chunks in
 * `<outDir>/.prerender` only when outDir lies inside the working directory; otherwise every build shares
 * `.astro/.prerender`, and builds running at the same time (vitest runs test files in parallel) delete each
 * other's chunks.
 */
export function scratchDir(prefix: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  return mkdtempSync(join(SCRATCH, prefix));
}
