import { defineCollection } from 'astro:content';
import { collectionLoader, settingsLoader } from './lib/content/loader.ts';
import { COLLECTION_NAMES, SCHEMAS, type CollectionName } from './schemas/index.ts';
import { settingsSchema } from './schemas/settings.ts';
import { storySchema } from './collections/stories/schema.ts';
import { newsSchema } from './collections/news/schema.ts';
import { withChineseErrors } from './schemas/validate.ts';

/** A collection as the registry declares it (src/schemas/index.ts), read by the portal's loader. */
const entries = <N extends CollectionName>(name: N) => defineCollection({ loader: collectionLoader(name), schema: withChineseErrors(SCHEMAS[name]) });

/** Collections whose pictures Astro processes: their schema takes Astro's image helper, so pages get the image's
 * metadata (the registry's schema, used outside Astro, takes a plain path). */
const WITH_IMAGES = ['stories', 'news'] as const satisfies readonly CollectionName[];
type Plain = { [N in Exclude<CollectionName, (typeof WITH_IMAGES)[number]>]: ReturnType<typeof entries<N>> };
const plain = COLLECTION_NAMES.filter((name) => !(WITH_IMAGES as readonly string[]).includes(name));

// Content lives outside src/ (top-level content/) so editors and the CMS see plain files; CONTENT_DIR points
// the build at another folder (fixtures in tests, the generated corpus of the benchmark). Every registry collection
// is here without a line of its own; `satisfies` makes the compiler name one with images missing.
export const collections = {
  ...(Object.fromEntries(plain.map((name) => [name, entries(name)])) as Plain),
  stories: defineCollection({ loader: collectionLoader('stories'), schema: ({ image }) => withChineseErrors(storySchema(image)) }),
  news: defineCollection({ loader: collectionLoader('news'), schema: ({ image }) => withChineseErrors(newsSchema(image)) }),
  settings: defineCollection({ loader: settingsLoader(), schema: withChineseErrors(settingsSchema) }),
} satisfies Record<CollectionName | 'settings', unknown>;
