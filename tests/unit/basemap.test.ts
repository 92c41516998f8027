// The offline basemap must show the whole national territory, and stay small.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { featuresAt } from '../../src/lib/geo/outlines.ts';

const raw = readFileSync(new URL('../../public/geo/china.json', import.meta.url), 'utf8');
const basemap = JSON.parse(raw) as Parameters<typeof featuresAt>[0];
const territory = (lng: number, lat: number) =>
  featuresAt(basemap, lng, lat).filter((f) => f.properties.layer === 'outline' || f.properties.layer === 'island');

describe('basemap public/geo/china.json', () => {
  it.each([
    ['台北', 121.56, 25.03],
    ['永兴岛', 112.34, 16.83],
    ['黄岩岛', 117.76, 15.15],
    ['钓鱼岛', 123.47, 25.74],
    ['北京', 116.4, 39.9],
    ['乌鲁木齐', 87.62, 43.83],
    ['香港', 114.17, 22.32],
  ])('includes %s in the national territory', (_name, lng, lat) => {
    expect(territory(lng, lat).length).toBeGreaterThan(0);
  });

  it('leaves out points outside China', () => {
    expect(territory(139.69, 35.69)).toEqual([]); // Tokyo
    expect(territory(120.98, 14.6)).toEqual([]); // Manila
  });

  it('carries the ten-dash line as separate pieces south of Hainan', () => {
    const outline = basemap.features.find((f) => f.properties.layer === 'outline')!;
    const southern = outline.geometry.coordinates.filter((poly) => poly[0]!.every(([, lat]) => lat < 17));
    expect(southern.length).toBeGreaterThanOrEqual(10);
  });

  it('has the 34 provincial-level divisions with Taiwan, Hong Kong and Macao', () => {
    const names = basemap.features.filter((f) => f.properties.layer === 'province').map((f) => f.properties.name);
    expect(names).toHaveLength(34);
    expect(names).toEqual(expect.arrayContaining(['台湾', '香港', '澳门', '海南']));
  });

  it('stays under 60 kB gzip and names its sources', () => {
    expect(gzipSync(raw).length).toBeLessThan(60 * 1024);
    const { provenance } = basemap as unknown as { provenance: string };
    expect(provenance).toMatch(/echarts@4\.9\.0.*world-geo-json-zh@2\.1\.5/);
    // Derived geometry claims no approval: no 审图号 anywhere in the file the site serves.
    expect(provenance).toContain('no authority has approved');
    expect(raw).not.toMatch(/GS[\u4e00-\u9fa5]?[(（]\d{4}[)）]/);
  });
});
