import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { buildSite } from './node.ts';

export interface BuildOptions {
  /** The content folder to build (CONTENT_DIR). */
  content: string;
  /** The output folder (OUT_DIR), inside the project (see scratch.ts); the content cache goes beside it. */
  out: string;
  /** More environment (SITE_URL for a production build, …); LOCAL_BUILD=1 unless SITE_URL is given. */
  env?: Record<string, string>;
  /** Wrap the command, e.g. ['/usr/bin/time', '-v'] to measure peak memory. */
  wrapper?: string[];
  /** The project to build, when not this one (a copy, as the scaffold's test makes). */
  cwd?: string;
}

/** `npm run build` of a content folder (`astro build`, then the search index), as the tests and benchmarks run it;
 * colours off so output can be matched. */
export function astroBuild({ content, out, env = {}, wrapper = [], cwd }: BuildOptions) {
  const [node, nodeArgs] = buildSite();
  const [cmd = node, ...args] = [...wrapper, node, ...nodeArgs];
  const run = spawnSync(cmd, args, {
    env: {
      ...process.env,
      // A build given a public SITE_URL is a production build, checked as one even when the caller (npm test)
      // runs with LOCAL_BUILD=1.
      LOCAL_BUILD: env.SITE_URL ? '' : '1',
      CONTENT_DIR: content,
      OUT_DIR: out,
      CACHE_DIR: `${out}-cache`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(cwd ? { cwd } : {}),
  });
  // CI terminals get colours; compare the plain text.
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  return { status: run.status, output };
}

/**
 * The pages a build's log says Astro restored from its incremental cache. Astro renders several pages at once
 * (build.concurrency) and logs a rendered page's path when it starts and its time when it ends, so lines run
 * together; a restored page's path and its "(restored)" are written in one go.
 */
export function restoredPages(output: string): string[] {
  return [...output.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!);
}
