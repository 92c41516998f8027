/**
 * Astro's content sync writes the maps of content modules (.astro/content-modules.mjs: how to import each MDX entry;
 * .astro/content-assets.mjs: its images) into the project folder, whatever the content folder, and the bundler reads
 * them a few seconds later. Two builds of different content folders from one checkout at once (the tests: vitest
 * runs two build files side by side) bundled each other's map, and an MDX page failed to render
 * ("UnknownContentCollectionError: Unexpected error while rendering"). So a build holds a lock over its content sync,
 * keeps what the sync wrote, and has the bundler read that.
 *
 * The entries themselves (the data store, in the cache folder) Astro bundles as one module holding the whole file as
 * a string literal: at 50,000 entries 180 MB, which V8 took 13 s to compile before a page could be rendered (and
 * Astro's chunked storage, which avoids that, made the content sync twice as slow). Here the module reads the file
 * the sync wrote when the pages first ask for it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MAPS = ['content-modules.mjs', 'content-assets.mjs'];
const DATA_STORE_ID = '\0astro:data-layer-content';
/** What Astro marks its data store module with, so that the incremental build does not count it as the pages' code. */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

/** The data store module: the file parsed as Astro's own module would parse its copy of it. */
const dataStoreModule = (file: string) =>
  existsSync(file)
    ? {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
        map: { mappings: '' },
        meta: CONTENT_DATA,
      }
    : undefined;
/** A lock left by a build that was killed is taken over after this long. */
const STALE_MS = 120_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits for the lock folder, then holds it until `release()` or this process's exit. */
async function lock(dir: string): Promise<() => void> {
  const owner = join(dir, 'pid');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(owner, String(process.pid));
      break;
    } catch {
      let pid = 0;
      try {
        pid = Number(readFileSync(owner, 'utf8'));
      } catch {
        /* being written or removed */
      }
      if ((pid && !alive(pid)) || Date.now() - started > STALE_MS) rmSync(dir, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  const release = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', release);
  return () => {
    process.off('exit', release);
    release();
  };
}

export function contentMaps(): AstroIntegration {
  let building = false;
  let dotAstro = '';
  let release: (() => void) | undefined;
  const kept = new Map<string, string>();
  return {
    name: 'portal:content-maps',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        building = command === 'build';
        dotAstro = fileURLToPath(new URL('.astro/', config.root));
        if (!building) return;
        const dataStore = fileURLToPath(new URL('data-store.json', config.cacheDir));
        // Astro's own plugin loads the data store module first: its code is replaced once loaded.
        const transform = (_: string, id: string) => (id === DATA_STORE_ID ? dataStoreModule(dataStore) : undefined);
        updateConfig({ vite: { plugins: [{ name: 'portal:content-maps', enforce: 'pre', load: (id: string) => kept.get(id), transform }] } });
      },
      // Called just before the content sync, which comes right before astro:build:start.
      'astro:config:done': async () => {
        if (!building) return;
        mkdirSync(dotAstro, { recursive: true });
        release = await lock(join(dotAstro, 'sync.lock'));
      },
      'astro:build:start': () => {
        for (const name of MAPS) {
          const file = join(dotAstro, name);
          if (existsSync(file)) kept.set(file, readFileSync(file, 'utf8'));
        }
        release?.();
      },
    },
  };
}
