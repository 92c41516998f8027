/**
 * Astro's content sync writes the maps of content modules (.astro/content-modules.mjs: how to import each MDX entry;
 * .astro/content-assets.mjs: its images) into the project folder, whatever the content folder, and the bundler reads
 * them a few seconds later. Two builds of different content folders from one checkout at once (the tests: vitest
 * runs two build files side by side) bundled each other's map, and an MDX page failed to render
 * ("UnknownContentCollectionError: Unexpected error while rendering"). So a build holds a lock over its content sync,
 * keeps what the sync wrote, and has the bundler read that.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MAPS = ['content-modules.mjs', 'content-assets.mjs'];
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
        updateConfig({
          vite: {
            plugins: [{ name: 'portal:content-maps', enforce: 'pre', load: (id: string) => kept.get(id) }],
          },
        });
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
