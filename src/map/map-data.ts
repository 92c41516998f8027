/**
 * What the maps plot: one small record per city or incubator, served as JSON beside the pages
 * (/cities/map.json, /incubators/map.json) and fetched only when a map scrolls into view.
 */
import { UI } from '../lib/core/ui-text.ts';
import type { Content, Incubator, Training } from '../lib/content/entries.ts';
import type { Place } from '../lib/domain/matching.ts';
import { targetsMet } from '../lib/domain/targets.ts';
import { entryUrl } from '../lib/core/urls.ts';
import { VERIFIED_LIST, type IncubatorStatus, type TrainingStatus } from '../schemas/taxonomies.ts';
import { lapsed } from '../collections/training/domain.ts';
import { trainingBadge } from '../collections/training/domain.ts';

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

/** Where an incubator or a training institution is: for its map marker and for 我要创业's distances. */
export function placeOf(collection: 'incubators' | 'training', e: Incubator | Training, content: Content): Place {
  const city = content.city(e.data.city);
  return {
    id: e.id,
    title: e.data.title,
    url: entryUrl(collection, e.id),
    lat: e.data.location.lat,
    lng: e.data.location.lng,
    city: city.data.name,
    province: city.data.province,
    sample: e.data.sample,
  };
}

/** A place on a map, with its status as a marker kind. */
function placePoint(collection: 'incubators' | 'training', e: Incubator | Training, content: Content, status: string, kind: PlaceKind): MapPoint {
  const { title, ...where } = placeOf(collection, e, content);
  return { ...where, name: title, status, kind };
}

/** Marker kinds of places: the shape says open, paused or closed (circle, square, diamond). */
type PlaceKind = 'open' | 'paused' | 'closed';
const INCUBATOR_KIND: Record<IncubatorStatus, PlaceKind> = { 运营中: 'open', 暂停: 'paused', 关闭: 'closed' };
const TRAINING_KIND: Record<TrainingStatus, PlaceKind> = { 认定有效: 'open', 暂停招生: 'paused', 已撤销认定: 'closed' };

export function incubatorPoints(content: Content): MapPoint[] {
  return content.incubators.map((i) => placePoint('incubators', i, content, i.data.status, INCUBATOR_KIND[i.data.status]));
}

/** An institution past its 有效期 is shown as paused, and says so. */
export function trainingPoints(content: Content, today: Date): MapPoint[] {
  return content.training.map((t) => {
    const kind = lapsed(t.data, today) ? 'paused' : TRAINING_KIND[t.data.status];
    return placePoint('training', t, content, trainingBadge(t.data, today).text, kind);
  });
}

interface LegendItem {
  cls: string;
  symbol: string;
  text: string;
}

const SHAPES: Record<PlaceKind, string> = { open: '圆形', paused: '方形', closed: '菱形' };

/** A places map's legend, read from its status → marker table, so a status renamed in the taxonomy is renamed here;
 * `also` names states that share a shape without being a status (认定已过期). */
function placeLegend(kinds: Record<string, PlaceKind>, cluster: string, also: Partial<Record<PlaceKind, string>> = {}): LegendItem[] {
  return [
    ...(Object.keys(SHAPES) as PlaceKind[]).map((kind) => {
      const states = [...Object.keys(kinds).filter((status) => kinds[status] === kind), ...(also[kind] ? [also[kind]] : [])];
      return { cls: `map-marker--${kind}`, symbol: '', text: `${SHAPES[kind]}：${states.join('或')}` };
    }),
    { cls: 'map-cluster-sample', symbol: '5', text: `数字圆：该处有多个${cluster}，按回车或点击展开` },
  ];
}

/** What each map calls its points, and what its marker shapes mean (shape and symbol carry the meaning; colour
 * only repeats it). */
export const MAP_LAYERS: Record<'cities' | 'incubators' | 'training', { noun: string; legend: LegendItem[] }> = {
  cities: {
    noun: '城市',
    legend: [
      { cls: 'map-marker--targets-all', symbol: '✓', text: '实心圆 ✓：最近年度全部目标达标' },
      { cls: 'map-marker--targets-some', symbol: '!', text: '方形 !：部分目标未达标' },
      { cls: 'map-marker--targets-none', symbol: '', text: '虚线小圆：暂无成效数据' },
    ],
  },
  incubators: { noun: '孵化基地', legend: placeLegend(INCUBATOR_KIND, '基地') },
  training: { noun: '培训机构', legend: placeLegend(TRAINING_KIND, '机构', { paused: UI.trainingExpired }) },
};
export type MapLayer = keyof typeof MAP_LAYERS;
