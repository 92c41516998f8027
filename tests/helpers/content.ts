import { readCollection as readContent } from '../../src/lib/content/files.ts';
import type { CollectionName } from '../../src/schemas/field.ts';

/** The shipped content, the operator's to replace: only checked with rules that hold for any valid content. */
export const CONTENT_ROOT = new URL('../../content', import.meta.url).pathname;
/** The behaviour fixture: a whole site's content that tests may name and count (tests/fixtures/site/README.md). */
export const FIXTURE_ROOT = new URL('../fixtures/site', import.meta.url).pathname;

export { parseMarkdown, type ContentFile } from '../../src/lib/content/files.ts';

/** Every entry of a collection in the real content folder (or another root). */
export const readCollection = (name: CollectionName, root = CONTENT_ROOT) => readContent(name, root);

export { COLLECTION_NAMES } from '../../src/schemas/field.ts';
