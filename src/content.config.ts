import { defineCollection } from 'astro:content';
import { collectionLoader, settingsLoader } from './lib/content/loader.ts';
import { SCHEMAS, type CollectionName } from './schemas/index.ts';
import { settingsSchema } from './schemas/settings.ts';
import { storySchema } from './collections/stories/schema.ts';
import { newsSchema } from './collections/news/schema.ts';
import { withChineseErrors } from './schemas/validate.ts';

/** A collection as the registry declares it (src/schemas/index.ts), read by the portal's loader. */
const entries = <N extends Exclude<CollectionName, 'stories' | 'news'>>(name: N) =>
  defineCollection({ loader: collectionLoader(name), schema: withChineseErrors(SCHEMAS[name]) });

// Content lives outside src/ (top-level content/) so editors and the CMS see plain files; CONTENT_DIR points
// the build at another folder (fixtures in tests, the generated corpus of the benchmark). `satisfies` makes the
// compiler name a registry collection missing here.
export const collections = {
  policies: entries('policies'),
  // Stories take Astro's image helper, so their photos are processed (the registry's schema gets a plain path).
  stories: defineCollection({ loader: collectionLoader('stories'), schema: ({ image }) => withChineseErrors(storySchema(image)) }),
  // So do the news items' pictures.
  news: defineCollection({ loader: collectionLoader('news'), schema: ({ image }) => withChineseErrors(newsSchema(image)) }),
  projects: entries('projects'),
  events: entries('events'),
  experts: entries('experts'),
  incubators: entries('incubators'),
  training: entries('training'),
  cities: entries('cities'),
  settings: defineCollection({ loader: settingsLoader(), schema: withChineseErrors(settingsSchema) }),
} satisfies Record<CollectionName | 'settings', unknown>;
