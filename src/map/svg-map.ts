/**
 * A province drawn as a static SVG at build time (equirectangular, x scaled by cos(latitude) so shapes are not
 * stretched), with points on it: the city page's small map, which needs no script.
 */
type Ring = [number, number][];
export interface ProvinceShape {
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] };
}

/** The boundary with the basemap file (public/geo/china.json): a province feature, by its short name. */
export function provinceShape(features: readonly unknown[], short: string | undefined): ProvinceShape | undefined {
  return features.find((f): f is ProvinceShape => {
    if (typeof f !== 'object' || f === null || !('properties' in f) || !('geometry' in f)) return false;
    const { properties, geometry } = f;
    return (
      typeof properties === 'object' && properties !== null && 'layer' in properties && properties.layer === 'province' && 'name' in properties && properties.name === short &&
      typeof geometry === 'object' && geometry !== null && 'type' in geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
    );
  });
}

export interface Projected {
  width: number;
  height: number;
  path: string;
  project: (lat: number, lng: number) => [number, number];
}

export function projectProvince(shape: ProvinceShape, width: number, extra: { lat: number; lng: number }[] = []): Projected {
  const polygons = (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates) as Ring[][];
  const pts = [...polygons.flat(2), ...extra.map((p) => [p.lng, p.lat] as [number, number])];
  const lngs = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * k, 0.01);
  const spanY = Math.max(maxLat - minLat, 0.01);
  const pad = 8;
  const scale = (width - 2 * pad) / spanX;
  const height = Math.round(spanY * scale + 2 * pad);
  const project = (lat: number, lng: number): [number, number] => [
    Math.round((pad + (lng - minLng) * k * scale) * 10) / 10,
    Math.round((pad + (maxLat - lat) * scale) * 10) / 10,
  ];
  const path = polygons
    .map((rings) => rings.map((ring) => `M${ring.map(([lng, lat]) => project(lat, lng).join(',')).join('L')}Z`).join(''))
    .join('');
  return { width, height, path, project };
}
