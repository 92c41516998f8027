// The sample list of 100 key cities: real places, right codes, coordinates inside the right province.
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/schemas/taxonomies.ts';
import { readCollection } from '../helpers/content.ts';
import { GB2260 as gb, provinceCodeAt } from '../../scripts/lib/gb2260.ts';

interface CityData {
  name: string;
  province: string;
  adcode: string;
  municipality: boolean;
  location: { lat: number; lng: number };
  list_status: string;
  list_source: string;
}
const cities = readCollection('cities').map((f) => ({ file: f.file, ...(f.data as unknown as CityData) }));

// Rules for any list an operator loads, sample or official: the plan names 100 key cities.
describe('the key cities', () => {
  it('are at most 100, with distinct adcodes', () => {
    expect(cities.length).toBeGreaterThan(0);
    expect(cities.length).toBeLessThanOrEqual(100);
    expect(new Set(cities.map((c) => c.adcode)).size).toBe(cities.length);
  });

  it('match GB/T 2260: each adcode exists with that name', () => {
    for (const c of cities) expect(gb.get(c.adcode), c.file).toBe(c.name);
  });

  it('mark exactly the four municipalities as such (their target is 3,000 trainees)', () => {
    const municipalities = new Set<string>(PROVINCES.filter((p) => 'municipality' in p).map((p) => p.name));
    for (const c of cities) expect(Boolean(c.municipality), c.file).toBe(municipalities.has(c.name));
  });

  it('lie inside their own province', () => {
    for (const c of cities) {
      const code = PROVINCES.find((p) => p.name === c.province)!.code;
      expect(provinceCodeAt(c.location), `${c.file} (${c.location.lat}, ${c.location.lng})`).toBe(code);
    }
  });

  it('say where the list comes from: a verified city names its document, an unverified one says it is not official', () => {
    for (const c of cities) {
      if (c.list_status === '已核实') expect(c.list_source, c.file).not.toMatch(/示例|非官方/);
      else expect(c.list_source, c.file).toMatch(/示例|非官方|待核实/);
    }
  });
});
