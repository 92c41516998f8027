// The shipped content (content/, the operator's to replace): only rules that hold for any valid content — schema,
// relations, file names, and honesty: whatever says it is invented is labelled 示例. How many entries there are
// is the operator's business; behaviour is tested on tests/fixtures/site.
import { describe, expect, it } from 'vitest';
import { SCHEMAS as all, type CollectionName } from '../../src/schemas/index.ts';
import { findBrokenRelations, type LoadedEntry } from '../../src/lib/content/relations.ts';
import { COLLECTION_NAMES, readCollection, type ContentFile } from '../helpers/content.ts';

const content = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, readCollection(n)])) as Record<
  (typeof COLLECTION_NAMES)[number],
  ContentFile[]
>;

describe('shipped content', () => {
  it.each(COLLECTION_NAMES)('every %s file passes its schema', (name) => {
    for (const f of content[name]) {
      const result = all[name].safeParse(f.data);
      expect(result.success ? [] : result.error.issues, f.file).toEqual([]);
    }
  });

  it('has no broken relation', () => {
    const loaded = (n: (typeof COLLECTION_NAMES)[number]) =>
      content[n].map((f) => ({ id: f.id, filePath: f.file, data: f.data }));
    expect(
      findBrokenRelations(all, Object.fromEntries(COLLECTION_NAMES.map((n) => [n, loaded(n)])) as Record<CollectionName, LoadedEntry[]>),
    ).toEqual([]);
  });

  it('uses file names that are valid URL slugs', () => {
    for (const name of COLLECTION_NAMES) {
      for (const f of content[name]) expect(f.id, f.file).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('labels 示例 whatever its source calls invented, entries and city figures alike', () => {
    const invented = (source: unknown) => /示例|虚构|演示/.test(String(source));
    // A city entry is a real place (its list's status is list_status); its invented figures are per year, below.
    for (const name of COLLECTION_NAMES.filter((n) => n !== 'cities')) {
      for (const f of content[name]) {
        const source = (f.data.source as { name?: string } | undefined)?.name;
        if (invented(source)) expect(f.data.sample, f.file).toBe(true);
      }
    }
    for (const f of content.cities) {
      for (const r of f.data.results as { sample?: boolean; source: string }[]) {
        if (invented(r.source)) expect(r.sample, f.file).toBe(true);
      }
    }
  });

  it('names no real person in a sample story: they use a 化名', () => {
    for (const f of content.stories.filter((s) => s.data.sample === true)) expect(f.data.person, f.file).toMatch(/（化名）$/);
  });
});
