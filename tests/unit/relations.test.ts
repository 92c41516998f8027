import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, SCHEMAS, type CollectionName } from '../../src/schemas/index.ts';
import { findBrokenRelations, indexRelations, RelationError, type LoadedEntry } from '../../src/lib/content/relations.ts';
import { validCity, validEvent, validIncubator, validNews, validPolicy, validStory } from '../helpers/valid.ts';

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

describe('the relation index', () => {
  const cities = [entry('chengdu', validCity()), entry('wuhan', validCity())];
  const ids = (list: readonly LoadedEntry[]) => list.map((e) => e.id);

  it('finds, for an entry, the entries whose relation fields name it, in list order', () => {
    const stories = [entry('s1', { ...validStory(), city: 'wuhan', incubator: 'i' }), entry('s2', validStory()), entry('s3', { ...validStory(), incubator: 'i' })];
    const { linkedFrom } = indexRelations(all, world({ cities, stories, incubators: [entry('i', validIncubator())] }));
    expect(ids(linkedFrom('incubators', 'i', 'stories'))).toEqual(['s1', 's3']);
    expect(ids(linkedFrom('cities', 'wuhan', 'stories'))).toEqual(['s1']);
    expect(ids(linkedFrom('cities', 'chengdu', 'stories'))).toEqual(['s2', 's3']);
    expect(linkedFrom('cities', 'chengdu', 'incubators').map((e) => e.id)).toEqual(['i']);
    expect(linkedFrom('cities', 'beijing', 'stories')).toEqual([]);
  });

  it('follows lists, optional fields and fields inside list items, an entry naming one twice counted once', () => {
    const policies = [
      entry('parent', { ...validPolicy(), attachments: [{ title: '附件', policy: 'child' }], interpretations: ['child', 'reading'] }),
      entry('child', validPolicy()),
      entry('reading', validPolicy()),
      entry('other', { ...validPolicy(), interpretations: ['reading'], cities: ['wuhan'] }),
    ];
    const events = [entry('e', { ...validEvent(), experts: [] })];
    const news = [entry('n', { ...validNews(), event: 'e' }), entry('m', validNews())];
    const { linkedFrom } = indexRelations(all, world({ cities, policies, events, news }));
    expect(ids(linkedFrom('policies', 'child', 'policies'))).toEqual(['parent']);
    expect(ids(linkedFrom('policies', 'reading', 'policies'))).toEqual(['parent', 'other']);
    expect(ids(linkedFrom('cities', 'wuhan', 'policies'))).toEqual(['other']);
    expect(ids(linkedFrom('events', 'e', 'news'))).toEqual(['n']);
  });
});
