import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { processedImages } from '../../lib/publish/images.ts';
import { dataJson } from '../../lib/publish/open-data.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';

export const getStaticPaths = (() => COLLECTIONS.map((c) => ({ params: { collection: c.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const content = await loadContent();
  return Response.json(dataJson(collection, content, new Date(), await processedImages(collection, content)));
};
