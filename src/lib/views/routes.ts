/** The one pattern every entry route uses (detail pages, posters): one page per entry, the entry as its prop. */
import type { GetStaticPaths } from 'astro';
import type { CollectionName } from '../../schemas/field.ts';
import { loadContent, type Content } from '../content/entries.ts';

export type EntryOf<C extends CollectionName> = Content[C][number];

/** getStaticPaths for `/<collection>/<id>/…`. Pages declare `type Props = InferGetStaticPropsType<typeof
 * getStaticPaths>`, so `Astro.props.entry` is typed without a cast. */
export function entryPaths<C extends CollectionName>(collection: C) {
  return (async () => {
    const entries: EntryOf<C>[] = (await loadContent())[collection];
    return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
  }) satisfies GetStaticPaths;
}
