/** Point-in-polygon over GeoJSON (even-odd rule, holes respected): which province a coordinate lies in. */
type Ring = [number, number][];
interface Feature {
  properties: { code?: string; name?: string; layer?: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[][] | Ring[] };
}
interface Geo {
  features: (Feature & { geometry: { coordinates: Ring[][] } })[];
}

function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygons(f: Feature): Ring[][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);
}

/** The features whose polygons contain the point. */
export function featuresAt<G extends Geo>(geo: G, lng: number, lat: number): G['features'] {
  const pt: [number, number] = [lng, lat];
  return geo.features.filter((f) =>
    polygons(f).some(([outer, ...holes]) => inRing(pt, outer!) && !holes.some((h) => inRing(pt, h))),
  );
}

/** GB/T 2260 code of the province containing the point, or undefined. */
export function provinceAt(geo: Geo, lng: number, lat: number): string | undefined {
  return featuresAt(geo, lng, lat)[0]?.properties.code;
}
