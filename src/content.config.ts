import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas } from './schemas/index.ts';
import { contentDir } from './lib/paths.ts';

// Content lives outside src/ (top-level content/) so editors and the CMS see plain files; CONTENT_DIR points
// the build at another folder (fixtures in tests, the generated corpus of the benchmark).
const collection = (name: keyof ReturnType<typeof schemas>) =>
  defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentDir()}/${name}` }),
    schema: ({ image }) => schemas(image)[name],
  });

export const collections = {
  policies: collection('policies'),
  stories: collection('stories'),
  projects: collection('projects'),
  incubators: collection('incubators'),
  cities: collection('cities'),
};
