// Points copied from 高德/腾讯 (GCJ-02) or 百度 (BD-09) maps land hundreds of metres off unless converted.
import { describe, expect, it } from 'vitest';
import { coordSystemOf, parsePoint, toWgs84 } from '../../src/lib/geo/coords.ts';
import { distanceKm } from '../../src/lib/domain/matching.ts';
import { pinyinReading, pinyinTable } from '../../src/lib/core/pinyin.ts';
import { citySlug, tableReading, titleSlug as slugWith, type Reading } from '../../src/lib/core/slugify.ts';

// 天安门: WGS84 39°54′26″N 116°23′27″E (survey value), and the points the two map APIs give for it in their docs.
const TIANANMEN = { lat: 39.9072, lng: 116.3908 };
const AMAP = { lat: 39.90923, lng: 116.397428 };
const BAIDU = { lat: 39.915, lng: 116.404 };
const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => distanceKm(a, b) * 1000;

describe('coordinate conversion to WGS84', () => {
  it('brings a 高德 (GCJ-02) point back onto the survey point, which it misses by > 500 m unconverted', () => {
    expect(metres(AMAP, TIANANMEN)).toBeGreaterThan(500);
    expect(metres(toWgs84('GCJ-02', AMAP), TIANANMEN)).toBeLessThan(150);
  });

  it('brings a 百度 (BD-09) point back too (over 1 km off unconverted)', () => {
    expect(metres(BAIDU, TIANANMEN)).toBeGreaterThan(1000);
    expect(metres(toWgs84('BD-09', BAIDU), TIANANMEN)).toBeLessThan(250);
  });

  it('leaves WGS84 as it is, and points abroad (where GCJ-02 is not applied) unchanged', () => {
    expect(toWgs84('WGS84', TIANANMEN)).toEqual(TIANANMEN);
    const tokyo = { lat: 35.6812, lng: 139.7671 };
    expect(metres(toWgs84('GCJ-02', tokyo), tokyo)).toBeLessThan(1);
  });

  it('reads a point as map sites show it, longitude first or not', () => {
    expect(parsePoint('104.065735,30.659462')).toEqual({ lat: 30.659462, lng: 104.065735 });
    expect(parsePoint('30.66，104.07')).toEqual({ lat: 30.66, lng: 104.07 });
    expect(parsePoint('经度 104.07 纬度 30.66')).toEqual({ lat: 30.66, lng: 104.07 });
    expect(parsePoint('104.07')).toEqual({ error: expect.stringContaining('两个数字') });
    expect(parsePoint('2.35, 48.85')).toEqual({ error: expect.stringContaining('不在中国境内') });
  });

  it('understands how people name the systems', () => {
    expect(coordSystemOf('')).toBe('WGS84');
    expect(coordSystemOf('高德')).toBe('GCJ-02');
    expect(coordSystemOf('gcj02')).toBe('GCJ-02');
    expect(coordSystemOf('百度坐标')).toBe('BD-09');
    expect(coordSystemOf('GPS')).toBe('WGS84');
    expect(coordSystemOf('墨卡托')).toBeUndefined();
  });
});

describe('slugs from Chinese names', () => {
  const reading: Reading = pinyinReading;
  const titleSlug = (title: string, taken?: Set<string>) => slugWith(title, reading, taken);

  it('writes a city as its pinyin without 市, polyphones read as place names', () => {
    expect(citySlug('成都市', reading)).toBe('chengdu');
    expect(citySlug('重庆市', reading)).toBe('chongqing');
    expect(citySlug('延边朝鲜族自治州', reading)).toBe('yanbianchaoxianzu');
    expect(citySlug('成都市', reading, new Set(['chengdu']))).toBe('chengdu-2');
  });

  it('writes a title as hyphenated syllables that match the slug pattern, keeping ASCII words', () => {
    expect(titleSlug('社区旧衣回收再造')).toBe('she-qu-jiu-yi-hui-shou-zai-zao');
    expect(titleSlug('SYB 培训班（第 2 期）')).toBe('syb-pei-xun-ban-di-2-qi');
    expect(titleSlug('2024 年绿色农业')).toBe('nian-lv-se-nong-ye');
    expect(titleSlug('！！！')).toBe('entry');
    expect(titleSlug('社区早餐', new Set(['she-qu-zao-can']))).toBe('she-qu-zao-can-2');
  });

  it('in the browser, the GB 2312 table gives the same slugs for everyday titles at a fraction of the size', () => {
    const table = tableReading(pinyinTable());
    for (const title of ['社区旧衣回收再造', '农村电商服务站', '家政服务培训', '高校毕业生创业孵化园']) {
      expect(slugWith(title, table)).toBe(titleSlug(title));
    }
    expect(Object.values(pinyinTable()).join('').length).toBe(6763);
  });
});
