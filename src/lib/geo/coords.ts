/**
 * Coordinate systems people copy points from. The site's maps and data use WGS84 (GPS); maps published in China
 * shift their coordinates by law — 高德、腾讯 use GCJ-02, 百度 uses BD-09 — by several hundred metres, so a
 * point copied from them is converted before it is stored. The conversion is gcoord's.
 */
import gcoord from 'gcoord';

export const COORD_SYSTEMS = [
  { value: 'WGS84', label: 'WGS84（GPS、天地图、国际地图）', words: ['WGS84', 'WGS-84', 'GPS', '天地图', 'CGCS2000'] },
  { value: 'GCJ-02', label: 'GCJ-02（高德地图、腾讯地图）', words: ['GCJ02', 'GCJ-02', '高德', '腾讯', '火星坐标'] },
  { value: 'BD-09', label: 'BD-09（百度地图）', words: ['BD09', 'BD-09', '百度'] },
] as const;
export type CoordSystem = (typeof COORD_SYSTEMS)[number]['value'];

/** The system a person named, in any of the usual spellings (「高德」, 「gcj02」, 「百度坐标」 …), or undefined. */
export function coordSystemOf(text: string): CoordSystem | undefined {
  const t = text.trim().toUpperCase().replace(/\s/g, '');
  if (t === '') return 'WGS84';
  return COORD_SYSTEMS.find((s) => s.words.some((w) => t.includes(w.toUpperCase())))?.value;
}

const GCOORD = { WGS84: gcoord.WGS84, 'GCJ-02': gcoord.GCJ02, 'BD-09': gcoord.BD09 } as const;

/** A point in WGS84, rounded to 6 decimals (about 0.1 m). */
export function toWgs84(system: CoordSystem, point: { lat: number; lng: number }): { lat: number; lng: number } {
  const [lng, lat] = system === 'WGS84' ? [point.lng, point.lat] : gcoord.transform([point.lng, point.lat], GCOORD[system], gcoord.WGS84);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: round(lat), lng: round(lng) };
}

/**
 * A point as map sites show it: 「104.065735,30.659462」 (高德、百度 give longitude first), 「30.66, 104.07」, with
 * Chinese commas or spaces. Within China a longitude (73–135) is always larger than a latitude (18–54), so the
 * order is read from the numbers.
 */
export function parsePoint(text: string): { lat: number; lng: number } | { error: string } {
  const numbers = text.normalize('NFKC').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (numbers.length !== 2) return { error: '请填写两个数字：经度和纬度，如 104.065735,30.659462' };
  const [a, b] = numbers as [number, number];
  const [lng, lat] = a > b ? [a, b] : [b, a];
  if (lat < 3 || lat > 54 || lng < 73 || lng > 136) return { error: '这个点不在中国境内，请检查数字' };
  return { lat, lng };
}
