// Derives public/geo/china.json, the offline basemap of the maps (no tile server is reachable here, and the
// site must work inside mainland China without one). One FeatureCollection, three layers:
//   layer "province" — provincial-level divisions, from src/data/geo/provinces.json (echarts@4.9.0, Apache-2.0;
//                      see scripts/build-province-geo.mjs), simplified with mapshaper (Visvalingam, 10 %, shapes kept)
//   layer "outline"  — the national territory as the standard map shows it, including Taiwan, Diaoyu Dao, the
//                      South China Sea islands and the ten-dash line: @surbowl/world-geo-json-zh@2.1.5 (Unlicense,
//                      Natural Earth, adjusted by its authors towards the standard map), feature iso_a2 = CN, unchanged.
//                      Derived and simplified, it is no approved map: the site shows it as a labelled preview only
//                      (src/map/basemap.ts), never with an approval number.
//   layer "island"   — small squares on key South China Sea islands and reefs that the outline's simplification
//                      drops (e.g. 永兴岛), so they stay visible at national zoom; positions are approximate
//                      public gazetteer coordinates added by this project
// Coordinates are WGS84 degrees rounded to 0.01°. Run: npm run geo:basemap (budget: 60 kB gzip).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoRequire } from './lib/geo-tools.mjs';

// Needs `npm run geo:tools` first.
const mapshaper = geoRequire('mapshaper');
const root = new URL('../', import.meta.url);
const provinces = readFileSync(new URL('src/data/geo/provinces.json', root), 'utf8');
const world = geoRequire('@surbowl/world-geo-json-zh/world.zh.json');
const china = world.features.find((f) => f.properties.iso_a2 === 'CN');

const out = await mapshaper.applyCommands('-i provinces.json -simplify 10% keep-shapes -o format=geojson precision=0.01', {
  'provinces.json': provinces,
});
const simplified = JSON.parse(out['provinces.json']);

const round = (n) => Math.round(n * 100) / 100;
const roundGeometry = (g) => ({
  type: g.type,
  coordinates: JSON.parse(JSON.stringify(g.coordinates), (_k, v) => (typeof v === 'number' ? round(v) : v)),
});

const ISLANDS = [
  ['永兴岛', 16.83, 112.34],
  ['东岛', 16.66, 112.73],
  ['琛航岛', 16.45, 111.71],
  ['东沙岛', 20.7, 116.72],
  ['黄岩岛', 15.15, 117.76],
  ['太平岛', 10.38, 114.36],
  ['永暑礁', 9.55, 112.89],
  ['美济礁', 9.91, 115.53],
  ['曾母暗沙', 3.97, 112.28],
];
const HALF = 0.06; // ≈ 6 km: big enough to show at zoom 4
const square = (lat, lng) => [[
  [round(lng - HALF), round(lat - HALF)],
  [round(lng + HALF), round(lat - HALF)],
  [round(lng + HALF), round(lat + HALF)],
  [round(lng - HALF), round(lat + HALF)],
  [round(lng - HALF), round(lat - HALF)],
]];

const basemap = {
  type: 'FeatureCollection',
  provenance:
    'Built by scripts/build-basemap.mjs: provinces from echarts@4.9.0 map/json/china.json (Apache-2.0); national outline with Taiwan, South China Sea islands and the ten-dash line from @surbowl/world-geo-json-zh@2.1.5 (Unlicense; Natural Earth, adjusted by its authors towards the standard map); island squares added by the project. Derived and simplified geometry: a preview basemap that no authority has approved (no 审图号).',
  features: [
    ...simplified.features.map((f) => ({
      type: 'Feature',
      properties: { layer: 'province', code: f.properties.code, name: f.properties.name },
      geometry: f.geometry,
    })),
    { type: 'Feature', properties: { layer: 'outline', name: '中国' }, geometry: roundGeometry(china.geometry) },
    ...ISLANDS.map(([name, lat, lng]) => ({
      type: 'Feature',
      properties: { layer: 'island', name },
      geometry: { type: 'Polygon', coordinates: square(lat, lng) },
    })),
  ],
};

mkdirSync(new URL('public/geo/', root), { recursive: true });
const json = JSON.stringify(basemap);
writeFileSync(new URL('public/geo/china.json', root), json + '\n');
console.log(`public/geo/china.json: ${(json.length / 1024).toFixed(1)} kB, ${(gzipSync(json).length / 1024).toFixed(1)} kB gzip`);
