// Two builds of different content folders from one checkout at once: each bundles the content map its own sync wrote,
// never the other's (src/integrations/content-maps.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentMaps } from '../../src/integrations/content-maps.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const root = scratchDir('portal-content-maps-');
const map = join(root, '.astro', 'content-modules.mjs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Hook = (options: Record<string, unknown>) => unknown;
interface VitePlugin {
  load: (id: string) => string | undefined;
  transform: (code: string, id: string) => { code: string } | undefined;
}

/** One build's view of the integration: its hooks, called as Astro calls them, and the Vite plugin it adds. */
function build() {
  const integration: AstroIntegration = contentMaps();
  const hook = (name: string) => (integration.hooks as Record<string, Hook>)[name]!;
  let plugin: VitePlugin | undefined;
  hook('astro:config:setup')({
    command: 'build',
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    updateConfig: (c: { vite: { plugins: VitePlugin[] } }) => (plugin = c.vite.plugins[0]),
  });
  return {
    sync: () => hook('astro:config:done')({}) as Promise<void>,
    bundle: () => hook('astro:build:start')({}),
    load: (id: string) => plugin!.load(id),
    transform: (code: string, id: string) => plugin!.transform(code, id),
  };
}

describe('content maps of builds running at once', () => {
  it("a build's content sync waits for another's, and each bundles the map its own sync wrote", async () => {
    mkdirSync(join(root, '.astro'), { recursive: true });
    const a = build();
    const b = build();
    await a.sync();
    let bSyncing = false;
    const bSync = b.sync().then(() => (bSyncing = true));
    writeFileSync(map, 'export default "map of A";');
    await new Promise((r) => setTimeout(r, 300));
    expect(bSyncing).toBe(false);
    a.bundle();
    await bSync;
    writeFileSync(map, 'export default "map of B";');
    b.bundle();
    // A bundles after B's sync rewrote the shared file: it still reads its own.
    expect(a.load(map)).toBe('export default "map of A";');
    expect(b.load(map)).toBe('export default "map of B";');
    expect(a.load(join(root, 'src', 'other.ts'))).toBeUndefined();
  });

  it('the pages read the entries from the file the sync wrote, not from a copy compiled into the bundle', async () => {
    const { transform } = build();
    const store = '\0astro:data-layer-content';
    const astrosOwn = 'export default JSON.parse("[[\\"Map\\"]]")';
    // No content synced: Astro's own (empty) module stays.
    expect(transform(astrosOwn, store)).toBeUndefined();
    mkdirSync(join(root, 'cache'), { recursive: true });
    const entries = [['Map', 1, 2], 'cities', ['Map'], '成都市 <img src=x onerror=alert(1)>'];
    writeFileSync(join(root, 'cache', 'data-store.json'), JSON.stringify(entries));
    const module = transform(astrosOwn, store)!;
    expect(module.code.length).toBeLessThan(500);
    const file = join(root, 'store.mjs');
    writeFileSync(file, module.code);
    expect(((await import(pathToFileURL(file).href)) as { default: unknown }).default).toEqual(entries);
    // Every other module is left as it is.
    expect(transform('export default 1', join(root, 'src', 'other.ts'))).toBeUndefined();
  });
});
