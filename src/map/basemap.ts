/**
 * Which basemap the site's maps may show, from the build's environment. A map of China published in mainland
 * China must be approved (审图号, 《地图管理条例》第十五条; 《公开地图内容表示规范》): either online tiles from an
 * approved service (天地图 …) shown with their 审图号, or the site's own map with an approval the operator holds.
 * The offline basemap in public/geo/ is derived geometry that no one has approved: it is a preview, and every map
 * drawn from it says 「示意图」. No page ever shows an approval number the build was not given.
 * Browser-safe: no Node modules, read by the map components and by the production guard.
 */
import { HEADER_BREAKING } from '../schemas/header-safe.ts';

type Env = Record<string, string | undefined>;

/** An online tile layer, configured at build time; none by default (the site must work offline). */
export interface TileConfig {
  url: string;
  attribution: string;
  /** 审图号 of the tile service, shown with the attribution. */
  approval: string;
}

export interface Basemap {
  /** Approved online tiles for the Leaflet maps, if configured. */
  tiles: TileConfig | null;
  /** 审图号 the operator holds for the site's own map (public/geo, the static province maps). */
  ownApproval: string;
  /** The Leaflet maps draw the site's own geometry without an approval: a preview, labelled 「示意图」. */
  preview: boolean;
  /** The static province maps on city pages may be drawn: with the operator's approval, or as a labelled
   * preview while no approved basemap is configured at all. Beside approved tiles they are left out. */
  ownMaps: boolean;
}

/** What the maps say when drawn from the unapproved offline basemap. */
export const PREVIEW_LABEL = '示意图';
export const PREVIEW_ATTRIBUTION = '示意底图，未经审核，仅供预览';

/** 审图号 as the approving authorities write it: GS(2024)1234号, GS京(2022)1061号, 川S(2023)012号. */
export const APPROVAL_PATTERN = /^(?:GS[\u4e00-\u9fa5]?|[\u4e00-\u9fa5]S)[(（]\d{4}[)）]\d+号$/;

export function tileConfig(env: Env): TileConfig | null {
  const url = env.PUBLIC_TILE_URL?.trim();
  if (!url) return null;
  if (!/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(url) || HEADER_BREAKING.test(url)) {
    throw new Error(`PUBLIC_TILE_URL 应为 https:// 开头、含 {z} {x} {y} 的瓦片地址（不含 ; $ 引号 反斜杠 和空格：它会写入响应头），现为「${url}」`);
  }
  return { url, attribution: env.PUBLIC_TILE_ATTRIBUTION?.trim() ?? '', approval: env.PUBLIC_TILE_APPROVAL?.trim() ?? '' };
}

export function basemapOf(env: Env): Basemap {
  const tiles = tileConfig(env);
  const ownApproval = env.PUBLIC_MAP_APPROVAL?.trim() ?? '';
  return { tiles, ownApproval, preview: !tiles && !ownApproval, ownMaps: Boolean(ownApproval) || !tiles };
}

/** The line shown with a map drawn from the site's own geometry. */
export const ownAttribution = (b: Basemap) => (b.ownApproval ? `底图：本站地图，审图号：${b.ownApproval}` : PREVIEW_ATTRIBUTION);

/** Why a production build may not publish these maps, or nothing. A demonstration (PORTAL_DEMO=1) may show the
 * preview, labelled. */
export function basemapProblems(env: Env): string[] {
  const b = basemapOf(env);
  const problems: string[] = [];
  const bad = (name: string, value: string) =>
    value && !APPROVAL_PATTERN.test(value) ? [`${name}「${value}」不是审图号的写法（应如 GS(2024)1234号、GS京(2022)1061号 或 川S(2023)012号）`] : [];
  problems.push(...bad('PUBLIC_MAP_APPROVAL', b.ownApproval), ...bad('PUBLIC_TILE_APPROVAL', b.tiles?.approval ?? ''));
  if (b.tiles && !b.tiles.approval && !b.ownApproval) {
    problems.push('已设置在线底图 PUBLIC_TILE_URL，但没有它的审图号 PUBLIC_TILE_APPROVAL：公开的地图必须标注审图号');
  }
  if (!b.tiles && !b.ownApproval) {
    problems.push(
      '地图使用的是本站自带的示意底图（未经审核）。正式发布须任选其一：' +
        '① 使用经审核的在线底图（如天地图），设置 PUBLIC_TILE_URL、PUBLIC_TILE_ATTRIBUTION 和 PUBLIC_TILE_APPROVAL（该服务的审图号）；' +
        '② 本单位已为本站地图取得审图号，设置 PUBLIC_MAP_APPROVAL；' +
        '③ 只是演示站点，设置 PORTAL_DEMO=1（每幅地图标注「示意图」）',
    );
  }
  return problems;
}
