/**
 * The record of the personal values this build publishes (src/lib/deploy/personal-record.ts), renamed to
 * /.personal.tsv when the build is done (src/integrations/personal-record.ts) and moved out of the release by
 * npm run publish. Rendered on every build (no cache key): it reads every entry.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content/entries.ts';
import { formatRecord, publishedValues } from '../lib/deploy/personal-record.ts';
import { COLLECTION_NAMES, SCHEMAS } from '../schemas/index.ts';
import { fieldsOf } from '../schemas/walk.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const values = COLLECTION_NAMES.flatMap((name) => {
    const fields = fieldsOf(SCHEMAS[name]);
    return content[name].flatMap((e) => {
      const data = e.data as { title?: string; name?: string };
      return publishedValues(fields, `${name}/${e.id}`, data.title ?? data.name ?? e.id, data);
    });
  });
  return new Response(formatRecord(values), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
