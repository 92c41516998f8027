/**
 * The hostile-content fixture (tests/fixtures/hostile): every free-text field of every collection holds
 * `payload(n)`, with a number of its own so that an alert or console message names the field it came from.
 */
import type { CollectionName } from '../../src/schemas/field.ts';
import { fieldsOf, leaves, type FieldInfo } from '../../src/schemas/walk.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { SETTINGS_FILE } from '../../src/lib/content/content-dir.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { COLLECTION_NAMES, readCollection } from './content.ts';

export const HOSTILE_ROOT = new URL('../fixtures/hostile', import.meta.url).pathname;

/** One string with each kind of payload: a script-context breaker, tags with handlers, an attribute breaker. */
export const payload = (n: number) => `</script><svg/onload=alert(${n})>"'><img src=x onerror=alert(${n})>`;
export const PAYLOAD_PATTERN = /<\/script><svg\/onload=alert\((\d+)\)>"'><img src=x onerror=alert\(\1\)>/;

/** Markdown bodies also try links and raw HTML that the renderer must neutralise. */
export const bodyPayload = (n: number) =>
  [
    `正文 ${payload(n)}`,
    `[javascript 链接](javascript:alert(${n}))`,
    `<a href="javascript:alert(${n})">原始链接</a> <iframe src="javascript:alert(${n})"></iframe>`,
    `<script>alert(${n})</script>`,
    `<p style="x" onclick="alert(${n})">段落</p>`,
  ].join('\n\n');

export interface TextField {
  /** A collection, or `settings` for content/settings/site.yml. */
  collection: CollectionName | 'settings';
  id: string;
  /** Dotted path into the frontmatter, e.g. `results[0].source`; `body` for the Markdown body. */
  path: string;
  value: unknown;
}


/** Strings an editor types freely; slugs, codes, e-mail addresses and URLs are pattern-checked instead. */
const isFreeText = (info: FieldInfo) => info.kind === 'string' && !info.pattern && !info.format;

/** Every free-text field of every fixture entry (present or not), each body, and the site settings. */
export function hostileTextFields(root = HOSTILE_ROOT): TextField[] {
  const settings = parse(readFileSync(join(root, SETTINGS_FILE), 'utf8')) as Record<string, unknown>;
  const settingsFields = [...leaves(fieldsOf(settingsSchema), settings, isFreeText)].map(({ path, value }) => ({
    collection: 'settings' as const,
    id: 'site',
    path,
    value,
  }));
  return [...settingsFields, ...entryTextFields(root)];
}

function entryTextFields(root: string): TextField[] {
  return COLLECTION_NAMES.flatMap((collection) =>
    readCollection(collection, root).flatMap((entry) => {
      const texts = [...leaves(fieldsOf(SCHEMAS[collection]), entry.data, isFreeText, { emptyLists: true })];
      return [...texts.map(({ path, value }) => ({ path, value })), { path: 'body', value: entry.body }].map((l) => ({
        collection,
        id: entry.id,
        ...l,
      }));
    }),
  );
}

/** "policies/xss-policy: doc_number" for each payload number, to say which field an execution came from. */
export function payloadOwners(root = HOSTILE_ROOT): Map<number, string> {
  const owners = new Map<number, string>();
  for (const f of hostileTextFields(root)) {
    const n = typeof f.value === 'string' ? PAYLOAD_PATTERN.exec(f.value)?.[1] : undefined;
    if (n) owners.set(Number(n), `${f.collection}/${f.id}: ${f.path}`);
  }
  return owners;
}
