/**
 * What a list page's layout needs from the whole collection — loaded here, in the views layer, so layouts and
 * components only render what they are given.
 */
import { loadContent } from '../content/entries.ts';
import { searchRecords } from '../../search/index.ts';
import { projectFacetHref } from '../../search/index.ts';
import type { CollectionName } from '../../schemas/index.ts';

/** Every entry of the collection as the filters count them, not just one page's. */
export const listRecords = async (collection: CollectionName) => searchRecords(collection, await loadContent());

/** Where the project library's filter links go: its static filter pages. */
export const projectFilterHref = async () => projectFacetHref(await loadContent());
