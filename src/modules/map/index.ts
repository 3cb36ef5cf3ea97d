// Public face of the map module.
export { itemsNotOnMap, type MapCategory, type MapItem, renderWorldMap } from './render-map.js';
