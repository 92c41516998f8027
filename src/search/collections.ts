/**
 * Each collection's search specifics (src/collections/<name>/search.ts): facets, status, what leaves the default
 * results. A collection without them is searched by what every entry has, and needs no line here.
 */
import type { CollectionName } from '../schemas/field.ts';
import type { CollectionSearch } from './collection.ts';
import { search as policies } from '../collections/policies/search.ts';
import { search as news } from '../collections/news/search.ts';
import { search as stories } from '../collections/stories/search.ts';
import { search as projects } from '../collections/projects/search.ts';
import { search as events } from '../collections/events/search.ts';
import { search as incubators } from '../collections/incubators/search.ts';
import { search as training } from '../collections/training/search.ts';
import { search as experts } from '../collections/experts/search.ts';

export const SEARCH: { readonly [C in CollectionName]?: CollectionSearch<C> } = { policies, news, stories, projects, events, incubators, training, experts };
