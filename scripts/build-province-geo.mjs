// Derives src/data/geo/provinces.json, the provincial-level polygons used to check city coordinates
// (tests/unit/cities.test.ts) and, later, to draw the offline basemap.
//
// Source: the `echarts@4.9.0` npm package (Apache-2.0), file map/json/china.json — 34 provincial-level
// divisions keyed by GB/T 2260 code, stored in ECharts' compact "UTF8Encoding" (zig-zag, delta, scale 1024).
// Natural Earth admin-1 is not published on the npm registry, the only registry reachable here, so this is
// the public, licensed source we can rebuild from. Run: `node scripts/build-province-geo.mjs`.
// Needs `npm run geo:tools` first.
import { writeFileSync } from 'node:fs';
import { geoRequire } from './lib/geo-tools.mjs';

const source = geoRequire('echarts/map/json/china.json');
const DECIMALS = 3; // ~100 m: ample for province-level point-in-polygon checks

function decodeRing(encoded, [offsetX, offsetY], scale) {
  const ring = [];
  let prevX = offsetX;
  let prevY = offsetY;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    prevX = x += prevX;
    prevY = y += prevY;
    ring.push([round(x / scale), round(y / scale)]);
  }
  return ring;
}

const round = (n) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;
const scale = source.UTF8Scale ?? 1024;

const features = source.features.map((f) => {
  const { type, coordinates, encodeOffsets } = f.geometry;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
  const decoded = polygons.map((rings, p) => rings.map((ring, r) => decodeRing(ring, offsets[p][r], scale)));
  return {
    type: 'Feature',
    properties: { code: f.id, name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: decoded },
  };
});

const out = {
  type: 'FeatureCollection',
  provenance:
    'Derived by scripts/build-province-geo.mjs from echarts@4.9.0 map/json/china.json (Apache-2.0); coordinates WGS84-like degrees, 3 decimals.',
  features,
};
writeFileSync(new URL('../src/data/geo/provinces.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`provinces.json: ${features.length} features`);
