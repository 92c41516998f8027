import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, SCHEMAS, type CollectionName } from '../../src/schemas/index.ts';
import { findBrokenRelations, RelationError, type LoadedEntry } from '../../src/lib/content/relations.ts';
import { validCity, validIncubator, validPolicy, validStory } from '../helpers/valid.ts';

const all = SCHEMAS;
const entry = (id: string, data: object, filePath?: string): LoadedEntry => ({
  id,
  data: data as Record<string, unknown>,
  filePath,
});
const world = (over: Partial<Record<CollectionName, LoadedEntry[]>>): Record<CollectionName, LoadedEntry[]> => ({
  ...(Object.fromEntries(COLLECTION_NAMES.map((n) => [n, []])) as unknown as Record<CollectionName, LoadedEntry[]>),
  cities: [entry('chengdu', validCity())],
  ...over,
});

describe('relation checks', () => {
  it('accepts references to entries that exist', () => {
    const stories = [entry('s', validStory())];
    expect(findBrokenRelations(all, world({ stories }))).toEqual([]);
  });

  it('names the file, the field and the missing id', () => {
    const stories = [entry('s', { ...validStory(), city: 'nowhere' }, 'content/stories/s.md')];
    expect(findBrokenRelations(all, world({ stories }))).toEqual([
      { file: 'content/stories/s.md', field: 'city', label: '所在城市', collection: 'cities', missing: 'nowhere' },
    ]);
  });

  it('checks lists, optional fields and fields inside list items', () => {
    const policies = [
      entry('p', {
        ...validPolicy(),
        cities: ['chengdu', 'atlantis'],
        interpretations: ['ghost'],
        attachments: [{ title: '附件', policy: 'missing-annex' }],
      }),
    ];
    const stories = [entry('s', { ...validStory(), incubator: 'no-such-base' })];
    const incubators = [entry('i', validIncubator())];
    const broken = findBrokenRelations(all, world({ policies, stories, incubators }));
    expect(broken.map((b) => `${b.field}→${b.missing}`).sort()).toEqual([
      'attachments[0].policy→missing-annex',
      'cities→atlantis',
      'incubator→no-such-base',
      'interpretations→ghost',
    ]);
  });

  it('explains every broken relation in one error', () => {
    const error = new RelationError([
      { file: 'content/stories/s.md', field: 'city', label: '所在城市', collection: 'cities', missing: 'nowhere' },
    ]);
    expect(error.message).toContain('content/stories/s.md');
    expect(error.message).toContain('city（所在城市）');
    expect(error.message).toContain('「nowhere」不存在');
  });
});
