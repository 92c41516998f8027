import { z } from 'astro/zod';
import { citySchema } from './cities.ts';
import { incubatorSchema } from './incubators.ts';
import { policySchema } from './policies.ts';
import { projectSchema } from './projects.ts';
import { storySchema, type ImageHelper } from './stories.ts';
import { imageField, type CollectionName } from './field.ts';

/** Every collection's schema, built with the image helper Astro (or a test) supplies. */
export function schemas(image: ImageHelper) {
  return {
    policies: policySchema,
    stories: storySchema(image),
    projects: projectSchema,
    incubators: incubatorSchema,
    cities: citySchema,
  } satisfies Record<CollectionName, z.ZodType>;
}

/** The schemas outside Astro's content layer (CMS, forms, tools, tests): a photo is the path an editor wrote. */
export const SCHEMAS = schemas(() => imageField(z.string()));

/** Chinese names of the collections, in navigation order. */
export const COLLECTIONS: readonly { name: CollectionName; label: string; path: string }[] = [
  { name: 'policies', label: '政策文件', path: '/policies/' },
  { name: 'stories', label: '创业典型', path: '/stories/' },
  { name: 'projects', label: '创业项目', path: '/projects/' },
  { name: 'incubators', label: '孵化基地', path: '/incubators/' },
  { name: 'cities', label: '重点城市', path: '/cities/' },
];

export type { CollectionName } from './field.ts';
