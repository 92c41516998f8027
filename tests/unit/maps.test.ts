// The logic behind /cities/ and the city pages: the ranking and overview, the map points, the static SVG map.
import { describe, expect, it } from 'vitest';
import type { City, Content } from '../../src/lib/content/entries.ts';
import { cityPoints, MAP_LAYERS, trainingPoints } from '../../src/map/map-data.ts';
import { tileConfig } from '../../src/map/basemap.ts';
import { trainingAvailability } from '../../src/collections/training/domain.ts';
import { INCUBATOR_STATUS, TRAINING_STATUS } from '../../src/schemas/taxonomies.ts';
import { nationalOverview, rankingRows } from '../../src/lib/views/overview.ts';
import { projectProvince } from '../../src/map/svg-map.ts';
import type { YearlyResult } from '../../src/collections/cities/schema.ts';

const good = (year: number, sample = true): YearlyResult => ({ year, trained: 1600, passed: 1400, started: 800, jobs: 4200, surviving: 700, source: 's', sample });
const poor = (year: number): YearlyResult => ({ ...good(year), passed: 900 });
const city = (id: string, results: YearlyResult[], municipality = false) =>
  ({
    id,
    data: { name: `${id}市`, province: '四川省', list_status: '待核实', municipality, sample: false, results, location: { lat: 30, lng: 104 } },
  }) as unknown as City;

describe('ranking and national overview', () => {
  const cities = [city('a', [good(2008), good(2009)]), city('b', [poor(2009)]), city('c', []), city('d', [good(2008)]), city('e', [good(2009)], true)];
  const rows = rankingRows(cities);

  it('judges each city on its latest year, counting the targets it meets', () => {
    expect(rows.map((r) => [r.id, r.year, r.met, r.total])).toEqual([
      ['a', 2009, 5, 5],
      ['b', 2009, 4, 5],
      ['c', null, null, 0],
      ['d', 2008, 5, 5],
      // A municipality needs 3,000 trainees.
      ['e', 2009, 4, 5],
    ]);
  });

  it('names the cities meeting every target with the year that counts, and the span of years', () => {
    const o = nationalOverview(rows);
    expect(o).toMatchObject({ cities: 5, reporting: 4, targetCount: 5, years: [2008, 2009], sample: true });
    expect(o.allMet).toEqual([
      { id: 'a', name: 'a市', year: 2009 },
      { id: 'd', name: 'd市', year: 2008 },
    ]);
    expect(o.targets.find((t) => t.key === 'trained')).toMatchObject({ met: 3, targetText: '≥ 1,500 人，直辖市 ≥ 3,000 人' });
    expect(o.targets.find((t) => t.key === 'passRate')).toMatchObject({ met: 3, targetText: '≥ 80%' });
  });

  it('says the figures are samples only while they are', () => {
    expect(nationalOverview(rankingRows([city('x', [good(2009, false)])])).sample).toBe(false);
  });
});

describe('map points', () => {
  it('give each city a target state the marker shape shows and the label says', () => {
    const content = { cities: [city('a', [good(2009)]), city('b', [poor(2009)]), city('c', [])] } as unknown as Content;
    expect(cityPoints(content).map((p) => [p.id, p.targets, p.targetsText, p.url])).toEqual([
      ['a', 'all', '最近年度达标 5/5 项', '/cities/a/'],
      ['b', 'some', '最近年度达标 4/5 项', '/cities/b/'],
      ['c', 'none', '暂无成效数据', '/cities/c/'],
    ]);
  });

  it('use no tile server unless one is configured, and refuse one that is not an https XYZ template', () => {
    expect(tileConfig({})).toBeNull();
    expect(tileConfig({ PUBLIC_TILE_URL: 'https://t0.tianditu.gov.cn/{z}/{x}/{y}?tk=k', PUBLIC_TILE_APPROVAL: 'GS(2024)1' })).toMatchObject({ approval: 'GS(2024)1' });
    expect(() => tileConfig({ PUBLIC_TILE_URL: 'http://tiles.example/{z}/{x}/{y}' })).toThrow(/https/);
  });
});

describe('static province map', () => {
  const square = { geometry: { type: 'Polygon' as const, coordinates: [[[100, 30], [102, 30], [102, 32], [100, 32], [100, 30]]] as [number, number][][] } };

  it('fits the shape into the width, north up, without stretching', () => {
    const p = projectProvince(square, 200);
    const [x1, y1] = p.project(32, 100);
    const [x2, y2] = p.project(30, 102);
    expect(x1).toBeLessThan(x2);
    expect(y1).toBeLessThan(y2);
    expect(x2).toBeLessThanOrEqual(200);
    // At 31°N a degree of longitude is cos(31°) of a degree of latitude.
    expect((x2 - x1) / (y2 - y1)).toBeCloseTo(Math.cos((31 * Math.PI) / 180), 2);
    expect(p.path.startsWith('M')).toBe(true);
  });

  it('widens the frame for a point outside the outline (an incubator on an island)', () => {
    const p = projectProvince(square, 200, [{ lat: 29, lng: 103 }]);
    const [x, y] = p.project(29, 103);
    expect(x).toBeLessThanOrEqual(200);
    expect(y).toBeLessThanOrEqual(p.height);
  });
});

describe('map legends', () => {
  it('name every status of the places maps by its shape, as the taxonomies spell it', () => {
    const texts = (layer: 'incubators' | 'training') => MAP_LAYERS[layer].legend.map((i) => i.text);
    for (const status of INCUBATOR_STATUS) expect(texts('incubators').filter((t) => t.includes(status)), status).toHaveLength(1);
    for (const status of TRAINING_STATUS) expect(texts('training').filter((t) => t.includes(status)), status).toHaveLength(1);
    expect(texts('training').slice(0, 3)).toEqual(['圆形：认定有效', '方形：暂停招生或认定已过期', '菱形：已撤销认定']);
    expect(texts('incubators').slice(0, 3)).toEqual(['圆形：运营中', '方形：暂停', '菱形：关闭']);
  });
});

describe('training institutions on the map', () => {
  const today = new Date('2026-11-29');
  const institution = (id: string, status: string, valid_until?: string) => ({
    id,
    data: { title: id, status, valid_until: valid_until ? new Date(valid_until) : undefined, city: 'a', location: { lat: 30, lng: 104 }, sample: true },
  });
  const content = {
    training: [institution('ok', '认定有效', '2027-01-01'), institution('lapsed', '认定有效', '2026-04-11'), institution('paused', '暂停招生'), institution('revoked', '已撤销认定')],
    city: () => city('a', []),
  } as unknown as Content;

  it('shows a lapsed recognition as paused and says so, in the popup and the table', () => {
    expect(trainingPoints(content, today).map((p) => [p.id, p.kind, p.status])).toEqual([
      ['ok', 'open', '认定有效'],
      ['lapsed', 'paused', '认定已过期'],
      ['paused', 'paused', '暂停招生'],
      ['revoked', 'closed', '已撤销认定'],
    ]);
  });

  it('tells a reader why an institution is not recommended', () => {
    expect(trainingAvailability({ status: '认定有效', valid_until: new Date('2027-01-01') }, today)).toBeNull();
    expect(trainingAvailability({ status: '认定有效', valid_until: new Date('2026-04-11') }, today)).toBe(
      '该机构的认定有效期已于2026年4月11日届满，报名前请向当地人力资源和社会保障部门核实。',
    );
    expect(trainingAvailability({ status: '暂停招生', valid_until: undefined }, today)).toMatch(/暂停招生/);
    expect(trainingAvailability({ status: '已撤销认定', valid_until: new Date('2027-01-01') }, today)).toMatch(/定点资格已撤销/);
  });
});
