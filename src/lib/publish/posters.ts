/**
 * The A4 posters (/projects/<slug>/poster/, /stories/<slug>/poster/): which collections have one, what kind of
 * poster it is, and which of the page's own facts it prints.
 */
import type { Content } from '../content/entries.ts';
import { entryUrl, type PosterCollection } from '../core/urls.ts';
import type { MetaRow } from '../views/entry-views.ts';
import { posterFacts as projectPosterFacts } from '../../collections/projects/page.ts';
import { posterFacts as storyPosterFacts } from '../../collections/stories/page.ts';

// A type, not an interface: Astro's route props must be assignable to a plain record.
export type Poster = {
  kind: string;
  title: string;
  summary: string;
  sample: boolean;
  facts: MetaRow[];
  /** The entry's own page, which the QR code opens. */
  detail: string;
};


/** Every poster of the site, keyed for the route. */
export function posters(content: Content): { collection: PosterCollection; slug: string; poster: Poster }[] {
  const base = (collection: PosterCollection, e: { id: string; data: { title: string; summary: string; sample: boolean } }) => ({
    title: e.data.title,
    summary: e.data.summary,
    sample: e.data.sample,
    detail: entryUrl(collection, e.id),
  });
  return [
    ...content.projects.map((e) => ({ collection: 'projects' as const, slug: e.id, poster: { ...base('projects', e), kind: '创业项目推介', facts: projectPosterFacts(e, content) } })),
    ...content.stories.map((e) => ({ collection: 'stories' as const, slug: e.id, poster: { ...base('stories', e), kind: '创业典型', facts: storyPosterFacts(e, content) } })),
  ];
}
