// The layers of src/lib/ are enforced by npm run lint (eslint.config.js): a wrong-way import, a server module in
// browser code and an import of the site into the schemas each fail it, naming the rule.
// Probes in src/pages/ start with _ so that a build running beside this test (vitest runs files in parallel) never
// takes one for a route.
import { rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a file placed where a contributor would put it, as npm run lint does, and returns its messages. */
async function lintAt(path: string, code: string): Promise<string[]> {
  writeFileSync(path, code);
  try {
    const [result] = await new ESLint().lintFiles([path]);
    return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
  } finally {
    rmSync(path, { force: true });
  }
}

/** The messages of the import rule that refuse `spec` in `file`, read from the config (a collection's schema.ts and
 * page.ts exist, so no probe can be written in their place). */
async function refusals(file: string, spec: string): Promise<string[]> {
  const config = (await new ESLint().calculateConfigForFile(file)) as { rules?: Record<string, unknown[]> } | undefined;
  const options = config?.rules?.['@typescript-eslint/no-restricted-imports']?.[1] as { patterns: { regex: string; message: string }[] };
  return options.patterns.filter((p) => new RegExp(p.regex).test(spec)).map((p) => p.message);
}

describe('the layers of src/lib/', () => {
  it('refuse an import against the direction of the layers', async () => {
    const messages = await lintAt('src/lib/content/zz-layer-probe.ts', "import { common } from '../views/detail.ts';\nexport const probe = common;\n");
    expect(messages.join('\n')).toContain('src/lib/content/ may import only schemas, content, core');
  });

  it('allow an import along them', async () => {
    expect(await lintAt('src/lib/views/zz-layer-probe.ts', "import { formatDate } from '../core/format.ts';\nexport const probe = formatDate;\n")).toEqual([]);
  });

  it('keep Node, Astro and server modules out of browser code, types excepted', async () => {
    expect((await lintAt('src/lib/domain/zz-layer-probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n")).join('\n')).toContain('no Node or Astro server module');
    expect((await lintAt('src/islands/zz-layer-probe.ts', "import { loadContent } from '../lib/content/entries.ts';\nexport const probe = loadContent;\n")).join('\n')).toContain('only browser-safe modules');
    expect(await lintAt('src/islands/zz-layer-probe.ts', "import type { MapPoint } from '../map/map-data.ts';\nexport const probe: MapPoint[] = [];\n")).toEqual([]);
  });

  it('keep the schemas free of the site', async () => {
    expect((await lintAt('src/schemas/zz-layer-probe.ts', "import { UI } from '../lib/core/ui-text.ts';\nexport const probe = UI;\n")).join('\n')).toContain('src/schemas/ is the foundation');
  });
});

describe("a collection's schema, in its folder", () => {
  it('imports only src/schemas/ and other collections\' schemas', async () => {
    const schema = 'src/collections/training/schema.ts';
    expect(await refusals(schema, '../../schemas/base.ts')).toEqual([]);
    expect(await refusals(schema, '../cities/schema.ts')).toEqual([]);
    expect((await refusals(schema, '../../lib/core/ui-text.ts')).join('\n')).toContain('belongs to the foundation');
    expect((await refusals(schema, './page.ts')).join('\n')).toContain('belongs to the foundation');
    // Its import sheet's description is foundation data too, which the import in scripts/ reads.
    expect(await refusals('src/collections/experts/import.ts', '../../schemas/spec.ts')).toEqual([]);
    expect((await refusals('src/collections/experts/import.ts', '../../lib/core/ui-text.ts')).join('\n')).toContain('belongs to the foundation');
  });

  it('may be imported by every layer, unlike the rest of the folder', async () => {
    expect(await lintAt('src/lib/domain/zz-layer-probe.ts', "import { trainingSchema } from '../../collections/training/schema.ts';\nexport const probe = trainingSchema;\n")).toEqual([]);
    expect((await lintAt('src/lib/domain/zz-layer-probe.ts', "import { page } from '../../collections/training/page.ts';\nexport const probe = page;\n")).join('\n')).toContain('src/lib/domain/ may import only');
  });
});

describe("a collection's domain.ts, in its folder", () => {
  it('belongs to the domain layer: the domain and the layers above it import it, browser code too', async () => {
    const probe = "import { isOnOffer } from '../../collections/projects/domain.ts';\nexport const probe = isOnOffer;\n";
    expect(await lintAt('src/lib/domain/zz-layer-probe.ts', probe)).toEqual([]);
    expect((await lintAt('src/lib/content/zz-layer-probe.ts', probe)).join('\n')).toContain('src/lib/content/ may import only');
    expect(await lintAt('src/islands/zz-layer-probe.ts', "import { isOnOffer } from '../collections/projects/domain.ts';\nexport const probe = isOnOffer;\n")).toEqual([]);
    // …but not a collection's page data, which is server-side.
    expect((await lintAt('src/islands/zz-layer-probe.ts', "import { item } from '../collections/projects/page.ts';\nexport const probe = item;\n")).join('\n')).toContain('only browser-safe modules');
  });

  it('imports only what the domain layer may, and no Node module', async () => {
    const domain = 'src/collections/projects/domain.ts';
    expect(await refusals(domain, '../../lib/core/format.ts')).toEqual([]);
    expect(await refusals(domain, '../training/domain.ts')).toEqual([]);
    expect((await refusals(domain, '../../lib/views/detail.ts')).join('\n')).toContain('belongs to the domain layer');
    expect((await refusals(domain, './page.ts')).join('\n')).toContain('belongs to the domain layer');
    expect((await refusals(domain, 'node:fs')).join('\n')).toContain('no Node or Astro server module');
  });
});

describe("a collection's page.ts, in its folder", () => {
  it('is a view: the views and the layers above them may import its cards and rows, the layers below may not', async () => {
    const probe = "import { item } from '../../collections/events/page.ts';\nexport const probe = item;\n";
    expect(await lintAt('src/lib/views/zz-layer-probe.ts', probe)).toEqual([]);
    expect(await lintAt('src/lib/publish/zz-layer-probe.ts', probe)).toEqual([]);
    expect((await lintAt('src/lib/content/zz-layer-probe.ts', probe)).join('\n')).toContain('src/lib/content/ may import only');
    expect((await lintAt('src/lib/views/zz-layer-probe.ts', "import { GENERIC_LISTS } from '../../collections/index.ts';\nexport const probe = GENERIC_LISTS;\n")).join('\n')).toContain('src/lib/views/ may import only');
  });

  it('imports what a view may, never a layout, a component or a layer above the views', async () => {
    const page = 'src/collections/events/page.ts';
    expect(await refusals(page, '../../lib/views/detail.ts')).toEqual([]);
    expect(await refusals(page, '../projects/page.ts')).toEqual([]);
    expect((await refusals(page, '../../layouts/DetailLayout.astro')).join('\n')).toContain('is a view');
    expect((await refusals(page, '../../lib/publish/posters.ts')).join('\n')).toContain('is a view');
    expect((await refusals(page, '../index.ts')).join('\n')).toContain('is a view');
  });
});

describe("a collection's search.ts, in its folder", () => {
  it('sits with the search package: search imports it, the views and the map do not', async () => {
    expect(await refusals('src/search/records.ts', '../collections/projects/search.ts')).toEqual([]);
    expect((await refusals('src/map/map-data.ts', '../collections/projects/search.ts')).join('\n')).toContain('src/search/ and src/map/ may import only');
    expect((await lintAt('src/lib/views/zz-layer-probe.ts', "import { search } from '../../collections/projects/search.ts';\nexport const probe = search;\n")).join('\n')).toContain('src/lib/views/ may import only');
  });

  it('imports the layers below search, the schemas and the package through its door', async () => {
    const search = 'src/collections/projects/search.ts';
    expect(await refusals(search, '../../lib/domain/badges.ts')).toEqual([]);
    expect(await refusals(search, './domain.ts')).toEqual([]);
    expect(await refusals(search, '../../search/index.ts')).toEqual([]);
    expect((await refusals(search, '../../lib/views/detail.ts')).join('\n')).toContain('sits with the search package');
    expect((await refusals(search, './page.ts')).join('\n')).toContain('sits with the search package');
    expect((await refusals(search, '../../search/records.ts')).join('\n')).toContain('through src/search/index.ts');
  });
});

describe('the search and map packages', () => {
  it('are reached from outside through their index.ts, components or page scripts only', async () => {
    expect((await lintAt('src/lib/views/zz-layer-probe.ts', "import { searchRecords } from '../../search/records.ts';\nexport const probe = searchRecords;\n")).join('\n')).toContain('through src/search/index.ts');
    expect(await lintAt('src/lib/views/zz-layer-probe.ts', "import { searchRecords } from '../../search/index.ts';\nexport const probe = searchRecords;\n")).toEqual([]);
    expect((await lintAt('src/pages/_zz-layer-probe.astro', `---\nimport { tileConfig } from '../map/basemap.ts';\nconst probe = tileConfig;\n---\n<p>{String(probe)}</p>\n`)).join('\n')).toContain('through src/search/index.ts and src/map/index.ts');
  });

  it('sit above core, geo, content and domain, and below the views', async () => {
    expect((await lintAt('src/search/zz-layer-probe.ts', "import { detailPage } from '../lib/views/detail.ts';\nexport const probe = detailPage;\n")).join('\n')).toContain('src/search/ and src/map/ may import only');
    expect((await lintAt('src/map/zz-layer-probe.ts', "import { FACETS } from '../search/index.ts';\nexport const probe = FACETS;\n")).join('\n')).toContain('src/search/ and src/map/ may import only');
    expect((await lintAt('src/lib/domain/zz-layer-probe.ts', "import { MAP_LAYERS } from '../../map/index.ts';\nexport const probe = MAP_LAYERS;\n")).join('\n')).toContain('src/lib/domain/ may import only');
    expect(await lintAt('src/map/zz-layer-probe.ts', "import { entryUrl } from '../lib/core/urls.ts';\nexport const probe = entryUrl;\n")).toEqual([]);
  });

  it('keep their browser code off server modules', async () => {
    expect((await lintAt('src/search/island/zz-layer-probe.ts', "import { searchRecords } from '../records.ts';\nexport const probe = searchRecords;\n")).join('\n')).toContain('only browser-safe modules');
    expect(await lintAt('src/search/island/zz-layer-probe.ts', "import { parseQuery } from '../query.ts';\nexport const probe = parseQuery;\n")).toEqual([]);
  });
});

describe('the parts of the site, .astro files included', () => {
  const astro = (imports: string) => `---\n${imports}\n---\n<p>{String(probe)}</p>\n`;

  it('refuse a component that loads content, decides deployment policy or imports a layout', async () => {
    const messages = (
      await lintAt(
        'src/components/ZzLayerProbe.astro',
        astro("import { loadContent } from '../lib/content/entries.ts';\nimport { siteCsp } from '../lib/deploy/csp.ts';\nimport L from '../layouts/BaseLayout.astro';\nconst probe = [loadContent, siteCsp, L];"),
      )
    ).join('\n');
    expect(messages).toContain('load content in the page or in src/lib/views/');
    expect(messages).toContain('the layout passes it in');
    expect(messages).toContain('may not import pages, collections, layouts, integrations');
  });

  it('refuse a page that imports an integration, and a layout that loads content', async () => {
    expect((await lintAt('src/pages/_zz-layer-probe.astro', astro("import { selfCheck } from '../integrations/self-check.ts';\nconst probe = selfCheck;"))).join('\n')).toContain('may not import integrations');
    expect((await lintAt('src/layouts/ZzLayerProbe.astro', astro("import { loadContent } from '../lib/content/entries.ts';\nconst probe = loadContent;"))).join('\n')).toContain('load content in the page');
  });

  it('keep a collection folder above the layouts and below the pages', async () => {
    expect((await lintAt('src/layouts/ZzLayerProbe.astro', astro("import { detailPaths } from '../collections/index.ts';\nconst probe = detailPaths;"))).join('\n')).toContain('may not import pages, collections, integrations');
    expect((await lintAt('src/collections/news/zz-layer-probe.ts', "import { siteConfig } from '../../pages/robots.txt.ts';\nexport const probe = siteConfig;\n")).join('\n')).toContain('may not import pages, integrations');
    expect(await lintAt('src/collections/news/ZzLayerProbe.astro', astro("import DetailLayout from '../../layouts/DetailLayout.astro';\nconst probe = DetailLayout;"))).toEqual([]);
  });

  it('allow a page to load content and a layout to set the policy', async () => {
    expect(await lintAt('src/pages/_zz-layer-probe.astro', astro("import { loadContent } from '../lib/content/entries.ts';\nconst probe = loadContent;"))).toEqual([]);
    expect(await lintAt('src/layouts/ZzLayerProbe.astro', astro("import { siteCsp } from '../lib/deploy/csp.ts';\nconst probe = siteCsp;"))).toEqual([]);
  });
});
