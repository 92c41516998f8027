// One declaration per fact: a controlled value, a field label or a plan target is spelled in the module that
// declares it and read from there everywhere else, so changing it there changes the whole site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, SCHEMAS } from '../../src/schemas/index.ts';
import { LIFECYCLE, LIST_STATUS, INCUBATOR_STATUS, TRAINING_FEES, TRAINING_STATUS, VALIDITY } from '../../src/schemas/taxonomies.ts';
import { fieldsOf, type FieldInfo } from '../../src/schemas/walk.ts';
import { TARGETS } from '../../src/lib/domain/targets.ts';

const SRC = new URL('../../src', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'data' ? [] : sources(path);
    return /\.(ts|astro|js)$/.test(name) ? [path] : [];
  });
}
/** Every label in a field tree, nested objects and list items included. */
function labels(info: FieldInfo): string[] {
  const own = info.meta?.label ? [info.meta.label] : [];
  if (info.kind === 'object') return [...own, ...Object.values(info.fields).flatMap(labels)];
  if (info.kind === 'array') return [...own, ...labels(info.element)];
  return own;
}

const FILES = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** Files outside `declaredIn` that write `word` as a quoted string or as the text of an element. */
function spelledOutside(word: string, declaredIn: (path: string) => boolean): string[] {
  const quoted = new RegExp(`(['"\`>])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\1|<|['"\`])`);
  return FILES.filter((f) => !declaredIn(f.path) && quoted.test(f.text)).map((f) => f.path);
}

describe('one declaration per fact', () => {
  it('spells each status value only in the taxonomies: pages compare with the typed constants', () => {
    const statuses = [...LIFECYCLE, ...VALIDITY, ...INCUBATOR_STATUS, ...TRAINING_STATUS, ...LIST_STATUS, ...TRAINING_FEES];
    const found = statuses.flatMap((v) => spelledOutside(v, (p) => p === 'schemas/taxonomies.ts').map((p) => `${v} in ${p}`));
    expect(found).toEqual([]);
  });

  it("spells each field label only in its schema (src/schemas/, a collection's schema.ts): pages read it with labelsOf", () => {
    // Labels of four characters or more are specific enough to be a retyped label when they appear as a string.
    const all = new Set(COLLECTION_NAMES.flatMap((c) => Object.values(fieldsOf(SCHEMAS[c])).flatMap(labels)).filter((l) => l.length >= 4));
    const collections = new Set(COLLECTIONS.flatMap((c) => [c.label, c.heading]));
    // Words that are the same as a label but say something else: the founder's own city on the 我要创业 form; the
    // map markers' 示例数据 (the browser bundle does not load the schemas).
    const elsewhere = new Set(['所在城市 in pages/start/index.astro', '示例数据 in lib/core/ui-text.ts']);
    const found = [...all]
      .filter((l) => !collections.has(l))
      .flatMap((l) => spelledOutside(l, (p) => p.startsWith('schemas/') || /^collections\/[^/]+\/schema\.ts$/.test(p)).map((p) => `${l} in ${p}`))
      .filter((f) => !elsewhere.has(f));
    expect(found).toEqual([]);
  });

  it('writes the plan’s target numbers only in TARGETS', () => {
    const numbers = TARGETS.flatMap((t) => [t.target, t.municipality].filter((n) => n !== undefined && n >= 100).map(String));
    expect(numbers).toEqual(['1500', '3000']);
    const found = numbers.flatMap((n) => FILES.filter((f) => f.path !== 'lib/domain/targets.ts' && new RegExp(`\\b${n}\\b|${n[0]},${n.slice(1)}`).test(f.text)).map((f) => `${n} in ${f.path}`));
    expect(found).toEqual([]);
  });
});
