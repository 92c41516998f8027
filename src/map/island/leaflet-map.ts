/**
 * The Leaflet part of the maps, imported only when a map scrolls into view. Draws the offline vector basemap,
 * adds every marker in one batch (clustered where they overlap), and builds popups from DOM nodes, so no text
 * from content is ever parsed as HTML.
 */
import { UI } from '../../lib/core/ui-text.ts';
import L from 'leaflet';
import 'leaflet.markercluster';
// Imported as URLs, not as CSS modules: Astro would otherwise link them from every page head, before the map
// is ever needed.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?url';
import type { MapPoint } from '../map-data.ts';
import type { TileConfig } from '../basemap.ts';
import { PROVINCES } from '../../schemas/taxonomies.ts';

/** Approved tiles, or the site's own geometry with what it says of itself (preview or the operator's 审图号). */
export interface DrawnBasemap {
  tiles: TileConfig | null;
  attribution: string;
}

export interface PortalMapOptions {
  basemapUrl: string;
  points: MapPoint[];
  cluster: boolean;
  /** What a marker stands for, for cluster labels: 城市 / 孵化基地. */
  noun: string;
  basemap: DrawnBasemap;
  onProvinceClick: (province: string) => void;
}

const CHINA_BOUNDS = L.latLngBounds([3, 73], [54, 136]);
const fullName = new Map(PROVINCES.map((p) => [p.short as string, p.name as string]));

type Feature = GeoJSON.Feature<GeoJSON.Geometry, { layer: string; name: string; code?: string }>;

const SYMBOL: Record<string, string> = { all: '✓', some: '!', none: '' };

function icon(point: MapPoint): L.DivIcon {
  // Built from fixed strings only: the point's kind and target state pick a class and a symbol.
  const symbol = point.targets ? SYMBOL[point.targets] : '';
  return L.divIcon({
    className: `map-marker map-marker--${point.kind}${point.targets ? ` map-marker--targets-${point.targets}` : ''}`,
    html: `<span aria-hidden="true">${symbol}</span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    popupAnchor: [0, -10],
  });
}

function popup(point: MapPoint): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup__title';
  title.textContent = point.name;
  const where = document.createElement('p');
  where.textContent = point.city === point.name ? point.province : `${point.province} · ${point.city}`;
  const status = document.createElement('p');
  status.textContent = [point.status, point.targetsText, point.sample ? UI.sample : ''].filter(Boolean).join(' · ');
  const link = document.createElement('a');
  link.href = point.url;
  link.textContent = '查看详情';
  box.append(title, where, status, link);
  return box;
}

/**
 * Keyboard use of a marker's popup: Enter opens it and moves focus to its link, Esc closes it and focus goes back
 * to the marker (Leaflet itself only handles Esc while the map, not the popup, has focus).
 */
function keyboardPopup(map: L.Map, marker: L.Marker) {
  marker.on('popupopen', (e: L.PopupEvent) => {
    const box = e.popup.getElement();
    box?.addEventListener('keydown', (key) => {
      if (key.key === 'Escape') {
        key.preventDefault();
        map.closePopup();
      }
    });
    box?.querySelector<HTMLElement>('.map-popup a')?.focus();
  });
  marker.on('popupclose', (e: L.PopupEvent) => {
    const box = e.popup.getElement();
    // Only when focus was in the popup (Esc, the close button): another marker's popup keeps its own focus.
    if (box && (box.contains(document.activeElement) || document.activeElement === document.body)) marker.getElement()?.focus();
  });
}

function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

export async function createPortalMap(container: HTMLElement, options: PortalMapOptions) {
  await Promise.all([stylesheet(leafletCss), stylesheet(clusterCss)]);
  const map = L.map(container, { minZoom: 3, maxZoom: 12, zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.fitBounds(CHINA_BOUNDS);
  const { tiles } = options.basemap;
  if (tiles) {
    L.tileLayer(tiles.url, {
      attribution: [tiles.attribution, tiles.approval && `审图号：${tiles.approval}`].filter(Boolean).join(' '),
    }).addTo(map);
  } else {
    map.attributionControl.addAttribution(options.basemap.attribution);
  }

  const basemap = (await (await fetch(options.basemapUrl)).json()) as GeoJSON.FeatureCollection;
  const features = basemap.features as Feature[];
  const provinceLayer = L.geoJSON(
    { type: 'FeatureCollection', features: features.filter((f) => f.properties.layer === 'province') } as GeoJSON.FeatureCollection,
    {
      // Over approved tiles the site's own shapes are not drawn (that would alter the approved map): they stay,
      // invisible, only as the click targets of the province filter.
      style: () => (tiles ? { opacity: 0, fillOpacity: 0 } : { color: '#8a96a3', weight: 1, fillColor: '#fbf8ef', fillOpacity: 1 }),
      onEachFeature: (feature: Feature, layer) => {
        layer.on('click', () => options.onProvinceClick(fullName.get(feature.properties.name) ?? feature.properties.name));
      },
    },
  ).addTo(map);
  if (!tiles) L.geoJSON(
    { type: 'FeatureCollection', features: features.filter((f) => f.properties.layer !== 'province') } as GeoJSON.FeatureCollection,
    {
      // The outline is drawn as a line; the ten-dash pieces and islands are small shapes, filled.
      style: (f) =>
        (f as Feature | undefined)?.properties.layer === 'island'
          ? { color: '#3b4a5a', weight: 1, fillColor: '#3b4a5a', fillOpacity: 1 }
          : { color: '#3b4a5a', weight: 1.5, fill: false },
      interactive: false,
    },
  ).addTo(map);

  const markers = options.points.map((point) => {
    const marker = L.marker([point.lat, point.lng], { icon: icon(point), keyboard: true, title: point.name });
    marker.bindPopup(() => popup(point));
    // An accessible name that says what the marker's shape says: name, province, status, targets met, 示例.
    const label = [point.name, point.province, point.status, point.targetsText, point.sample ? UI.sampleData : ''].filter(Boolean).join('，');
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', `${label}。按回车查看说明`));
    keyboardPopup(map, marker);
    return { point, marker };
  });
  const group = options.cluster
    ? L.markerClusterGroup({
        showCoverageOnHover: false,
        // A cluster says what it holds and what Enter does, not just 「3」.
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount();
          return L.divIcon({
            className: 'marker-cluster map-cluster',
            html: `<div><span aria-hidden="true">${n}</span><span class="visually-hidden">${n} 个${options.noun}，按回车展开</span></div>`,
            iconSize: L.point(36, 36),
          });
        },
      })
    : L.featureGroup();
  group.addTo(map);

  function show(province: string) {
    const visible = markers.filter((m) => !province || m.point.province === province).map((m) => m.marker);
    group.clearLayers();
    if (group instanceof L.MarkerClusterGroup) group.addLayers(visible);
    else for (const m of visible) group.addLayer(m);
    if (!province) {
      map.fitBounds(CHINA_BOUNDS);
      return;
    }
    const short = PROVINCES.find((p) => p.name === province)?.short;
    const shape = provinceLayer.getLayers().find((l) => (l as L.Layer & { feature: Feature }).feature.properties.name === short);
    if (shape) map.fitBounds((shape as L.Polygon).getBounds(), { padding: [20, 20] });
  }

  return { map, show, markerCount: () => markers.length };
}
