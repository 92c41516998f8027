/** Point-in-polygon over the province GeoJSON (even-odd rule, holes respected). */
type Ring = [number, number][];
interface Geo {
  features: { properties: { code: string }; geometry: { coordinates: Ring[][] } }[];
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

/** GB/T 2260 code of the province containing the point, or undefined. */
export function provinceAt(geo: Geo, lng: number, lat: number): string | undefined {
  const pt: [number, number] = [lng, lat];
  return geo.features.find((f) =>
    f.geometry.coordinates.some(([outer, ...holes]) => inRing(pt, outer!) && !holes.some((h) => inRing(pt, h))),
  )?.properties.code;
}
