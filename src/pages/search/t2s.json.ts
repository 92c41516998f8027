/**
 * /search/t2s.json: traditional → simplified for the characters this site uses, fetched by the search page the
 * first time a query has a character that is not in it as typed (src/search/terms.ts builds it).
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { traditionalMap } from '../../search/index.ts';
import { FACETS } from '../../search/index.ts';
import { COLLECTION_NAMES } from '../../schemas/index.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const entries = COLLECTION_NAMES.flatMap((name): readonly {
    body?: string;
    data: { title: string; summary: string };
  }[] => content[name]);
  const texts = [...entries.map((e) => `${e.data.title}${e.data.summary}${e.body ?? ''}`), ...FACETS.flatMap((f) => [f.label, ...f.values])];
  return new Response(JSON.stringify(traditionalMap(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
