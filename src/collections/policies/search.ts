import type { CollectionSearch } from '../../search/index.ts';
import { validityBadge } from './domain.ts';
import { READING_GENRE } from '../../schemas/taxonomies.ts';

/** How search treats the policy documents: official, filtered by topic and validity, found by their 文号. */
export const search = {
  facets: { topic: 'topics', validity: 'validity' },
  status: (d) => ({ ...validityBadge(d.validity), text: `有效性：${d.validity}` }),
  official: true,
  // A document's 发文字号 and 主题分类 say what it is about (the topics are the editor's, not a guess). A 解读 carries
  // its document's number: that should find the document, not the reading.
  terms: (d) => (d.genre === READING_GENRE ? [] : [d.doc_number, ...d.topics]),
} satisfies CollectionSearch<'policies'>;
