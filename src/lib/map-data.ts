/**
 * What the maps plot: one small record per city or incubator, served as JSON beside the pages
 * (/cities/map.json, /incubators/map.json) and fetched only when a map scrolls into view.
 */
import type { Content } from './content.ts';
import { targetsMet } from './targets.ts';
import { entryUrl } from './urls.ts';
import { VERIFIED_LIST } from '../schemas/taxonomies.ts';

export interface MapPoint {
  id: string;
  name: string;
  province: string;
  city: string;
  lat: number;
  lng: number;
  url: string;
  /** Short status word shown in the popup and the legend (名单状态 / 运营状态). */
  status: string;
  /** Marker style key: verified | unverified (cities), open | paused | closed (incubators). */
  kind: string;
  /** Targets met in the latest reported year (cities only): all | some | none. */
  targets?: 'all' | 'some' | 'none';
  targetsText?: string;
  sample: boolean;
}

export function cityPoints(content: Content): MapPoint[] {
  return content.cities.map((c) => {
    const met = targetsMet(c.data);
    return {
      id: c.id,
      name: c.data.name,
      province: c.data.province,
      city: c.data.name,
      lat: c.data.location.lat,
      lng: c.data.location.lng,
      url: entryUrl('cities', c.id),
      status: c.data.list_status,
      kind: c.data.list_status === VERIFIED_LIST ? 'verified' : 'unverified',
      targets: met === null ? 'none' : met.met === met.total ? 'all' : 'some',
      targetsText: met === null ? '暂无成效数据' : `最近年度达标 ${met.met}/${met.total} 项`,
      sample: c.data.sample,
    };
  });
}

const INCUBATOR_KIND: Record<string, string> = { 运营中: 'open', 暂停: 'paused', 关闭: 'closed' };

export function incubatorPoints(content: Content): MapPoint[] {
  return content.incubators.map((i) => {
    const city = content.city(i.data.city);
    return {
      id: i.id,
      name: i.data.title,
      province: city.data.province,
      city: city.data.name,
      lat: i.data.location.lat,
      lng: i.data.location.lng,
      url: entryUrl('incubators', i.id),
      status: i.data.status,
      kind: INCUBATOR_KIND[i.data.status] ?? 'open',
      sample: i.data.sample,
    };
  });
}

/** An optional online tile layer, configured at build time; none by default (the site must work offline). */
export interface TileConfig {
  url: string;
  attribution: string;
  /** 审图号, shown with the attribution as Chinese law requires for published maps. */
  approval: string;
}

export function tileConfig(env: Record<string, string | undefined>): TileConfig | null {
  const url = env.PUBLIC_TILE_URL?.trim();
  if (!url) return null;
  if (!/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(url)) {
    throw new Error(`PUBLIC_TILE_URL 应为 https:// 开头、含 {z} {x} {y} 的瓦片地址，现为「${url}」`);
  }
  return { url, attribution: env.PUBLIC_TILE_ATTRIBUTION?.trim() ?? '', approval: env.PUBLIC_TILE_APPROVAL?.trim() ?? '' };
}
