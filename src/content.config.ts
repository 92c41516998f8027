import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { citySchema } from './schemas/cities.ts';
import { incubatorSchema } from './schemas/incubators.ts';
import { policySchema } from './schemas/policies.ts';
import { projectSchema } from './schemas/projects.ts';
import { storySchema } from './schemas/stories.ts';
import { contentDir } from './lib/paths.ts';
import { withChineseErrors } from './schemas/validate.ts';

// Content lives outside src/ (top-level content/) so editors and the CMS see plain files; CONTENT_DIR points
// the build at another folder (fixtures in tests, the generated corpus of the benchmark).
const files = (name: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentDir()}/${name}` });

export const collections = {
  policies: defineCollection({ loader: files('policies'), schema: withChineseErrors(policySchema) }),
  stories: defineCollection({ loader: files('stories'), schema: ({ image }) => withChineseErrors(storySchema(image)) }),
  projects: defineCollection({ loader: files('projects'), schema: withChineseErrors(projectSchema) }),
  incubators: defineCollection({ loader: files('incubators'), schema: withChineseErrors(incubatorSchema) }),
  cities: defineCollection({ loader: files('cities'), schema: withChineseErrors(citySchema) }),
};
