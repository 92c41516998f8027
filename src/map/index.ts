/**
 * The map package's door for the rest of the site: the points and layers of the Leaflet maps, a place's map entry,
 * the basemap's settings and its production checks. The browser code (island/) and the components (components/)
 * live beside it; browser code reads the browser-safe basemap.ts directly.
 */
export { cityPoints, incubatorPoints, MAP_LAYERS, placeOf, trainingPoints } from './map-data.ts';
export { basemapProblems, tileConfig } from './basemap.ts';
