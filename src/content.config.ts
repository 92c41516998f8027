import { defineCollection } from 'astro:content';
import { collectionLoader, settingsLoader } from './lib/loader.ts';
import { citySchema } from './schemas/cities.ts';
import { incubatorSchema } from './schemas/incubators.ts';
import { policySchema } from './schemas/policies.ts';
import { projectSchema } from './schemas/projects.ts';
import { settingsSchema } from './schemas/settings.ts';
import { storySchema } from './schemas/stories.ts';
import { withChineseErrors } from './schemas/validate.ts';

// Content lives outside src/ (top-level content/) so editors and the CMS see plain files; CONTENT_DIR points
// the build at another folder (fixtures in tests, the generated corpus of the benchmark).
export const collections = {
  policies: defineCollection({ loader: collectionLoader('policies'), schema: withChineseErrors(policySchema) }),
  stories: defineCollection({ loader: collectionLoader('stories'), schema: ({ image }) => withChineseErrors(storySchema(image)) }),
  projects: defineCollection({ loader: collectionLoader('projects'), schema: withChineseErrors(projectSchema) }),
  incubators: defineCollection({ loader: collectionLoader('incubators'), schema: withChineseErrors(incubatorSchema) }),
  cities: defineCollection({ loader: collectionLoader('cities'), schema: withChineseErrors(citySchema) }),
  settings: defineCollection({ loader: settingsLoader(), schema: withChineseErrors(settingsSchema) }),
};
