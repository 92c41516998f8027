import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { dataCsv } from '../../lib/open-data.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';

export const getStaticPaths = (() => COLLECTIONS.map((c) => ({ params: { collection: c.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(dataCsv(params.collection as CollectionName, await loadContent()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
