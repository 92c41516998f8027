// What a production build refuses to publish, all reasons at once; what a demonstration and a local build may.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basemapOf, basemapProblems } from '../../src/map/basemap.ts';
import { countSamples, productionProblems, ProductionRefusal } from '../../src/lib/deploy/production.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const root = scratchDir('portal-production-unit-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder with these settings and entries. */
function content(name: string, settings: string, entries: Record<string, string> = {}): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'settings'), { recursive: true });
  writeFileSync(join(dir, 'settings/site.yml'), settings);
  for (const [path, text] of Object.entries(entries)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const READY = 'email: editor@hrss.gov.cn\nsubmission_email: xm@hrss.gov.cn\nprivacy_date: 2026-12-01\nicp: 京ICP备12345678号-1\n';
const PUBLIC = { SITE_URL: 'https://cyczjy.example.cn', PUBLIC_MAP_APPROVAL: 'GS(2026)1234号' };

describe('the production guard', () => {
  it('lets a ready site through, and never checks a local build', () => {
    const dir = content('ready', READY, { 'stories/a.md': '---\ntitle: 真实\nsample: false\n---\n' });
    expect(productionProblems(PUBLIC, dir)).toEqual([]);
    expect(productionProblems({ LOCAL_BUILD: '1' }, content('local', 'email: a@example.org\n', { 'stories/a.md': '---\nsample: true\n---\n' }))).toEqual([]);
  });

  it('names every reason at once: address, map, settings, samples counted per collection', () => {
    const dir = content('demo-content', 'email: editor@example.org\nsubmission_email: projects@example.org\n', {
      'stories/a.md': '---\ntitle: 甲\nsample: true\n---\n',
      'stories/b.md': '---\ntitle: 乙\nsample: TRUE # 演示\n---\n',
      'projects/c.md': '---\ntitle: 丙\nsample: true\n---\n正文里的 sample: true 不算\n',
      'cities/d.md': '---\nname: 丁\nsample: false\nresults:\n  - year: 2008\n    sample: true\n  - year: 2009\n    sample: true\n---\n',
    });
    const problems = productionProblems({ SITE_URL: '' }, dir);
    expect(problems[0]).toContain('网站的公开地址 SITE_URL');
    expect(problems.some((p) => p.includes('示意底图') && p.includes('PUBLIC_MAP_APPROVAL') && p.includes('PORTAL_DEMO=1'))).toBe(true);
    expect(problems.filter((p) => p.includes('example.org'))).toHaveLength(2);
    expect(problems.some((p) => p.includes('privacy_date'))).toBe(true);
    expect(problems.some((p) => p.includes('ICP备案号'))).toBe(true);
    expect(problems.at(-1)).toContain('创业典型 2 条，创业项目 1 条，重点城市 0 条（另有 2 组示例数据）');
    expect(countSamples(dir)).toEqual([
      { collection: 'stories', entries: 2, rows: 0 },
      { collection: 'projects', entries: 1, rows: 0 },
      { collection: 'cities', entries: 0, rows: 2 },
    ]);
    const message = new ProductionRefusal(problems).message;
    expect(message).toContain(`有 ${problems.length} 个问题`);
    expect(message).toMatch(/\n {2}1\. [\s\S]*\n {2}2\. /);
  });

  it('lets a demonstration publish samples and the preview basemap, but not without a public address', () => {
    const dir = content('demo', 'email: editor@example.org\nsubmission_email: projects@example.org\n', { 'stories/a.md': '---\nsample: true\n---\n' });
    expect(productionProblems({ SITE_URL: 'https://demo.example.cn', PORTAL_DEMO: '1' }, dir)).toEqual([]);
    expect(productionProblems({ PORTAL_DEMO: '1' }, dir)).toHaveLength(1);
  });
});

describe('the basemap', () => {
  it('is a preview until approved tiles or the operator\'s own approval are configured', () => {
    expect(basemapOf({})).toMatchObject({ tiles: null, preview: true, ownMaps: true });
    const tiles = { PUBLIC_TILE_URL: 'https://t0.tianditu.gov.cn/{z}/{x}/{y}?tk=k', PUBLIC_TILE_APPROVAL: 'GS(2024)0650号' };
    // Over approved tiles, the site's own province maps (unapproved geometry) are left out.
    expect(basemapOf(tiles)).toMatchObject({ preview: false, ownMaps: false });
    expect(basemapOf({ PUBLIC_MAP_APPROVAL: 'GS京(2022)1061号' })).toMatchObject({ preview: false, ownMaps: true, ownApproval: 'GS京(2022)1061号' });
    expect(basemapProblems(tiles)).toEqual([]);
    expect(basemapProblems({ PUBLIC_MAP_APPROVAL: '川S(2023)012号' })).toEqual([]);
  });

  it('refuses tiles without their 审图号 and a number that is not one', () => {
    expect(basemapProblems({ PUBLIC_TILE_URL: 'https://t0.tianditu.gov.cn/{z}/{x}/{y}' })[0]).toContain('PUBLIC_TILE_APPROVAL');
    expect(basemapProblems({ PUBLIC_MAP_APPROVAL: '已审核' })[0]).toContain('不是审图号的写法');
  });
});
