import { describe, expect, it } from 'vitest';
import { eachWithAnyKey, indexBy, KEY_FUNCTIONS_LIMIT } from '../../src/lib/core/groups.ts';

const e = (id: string, city?: string, cities: string[] = []) => ({ id, data: { city, cities } });
const list = [e('a', 'chengdu'), e('b', undefined, ['wuhan', 'chengdu']), e('c', 'wuhan', ['wuhan']), e('d', undefined, [])];
const ids = (xs: Iterable<{ id: string }>) => [...xs].map((x) => x.id);
const cityKeys = (x: (typeof list)[number]) => [x.data.city, ...x.data.cities];
const withAnyKey = eachWithAnyKey;

describe('indexBy', () => {
  it('groups entries under each key in list order, once per key, skipping missing keys', () => {
    const index = indexBy(list, cityKeys);
    expect(ids(index.get('chengdu')!)).toEqual(['a', 'b']);
    expect(ids(index.get('wuhan')!)).toEqual(['b', 'c']);
    expect([...index.keys()].sort()).toEqual(['chengdu', 'wuhan']);
  });

  it('builds the index once per list and key function', () => {
    expect(indexBy(list, cityKeys)).toBe(indexBy(list, cityKeys));
    expect(indexBy([...list], cityKeys)).not.toBe(indexBy(list, cityKeys));
  });

  it('refuses a key function written at the call site, which would build and keep an index on every call', () => {
    const entries = [...list];
    // As a page builder called once per page would: a new arrow each time.
    const perPage = () => indexBy(entries, (x) => [x.data.city]);
    for (let page = 0; page < KEY_FUNCTIONS_LIMIT; page++) perPage();
    expect(perPage).toThrow(/键函数应在模块顶层声明一次[\s\S]*declare the key function once at module level/);
    // A function declared once is one index, however often it is asked for.
    const other = [...list];
    for (let page = 0; page < 3 * KEY_FUNCTIONS_LIMIT; page++) indexBy(other, cityKeys);
    expect(() => indexBy(other, cityKeys)).not.toThrow();
  });
});

describe('eachWithAnyKey', () => {
  it('returns entries under any of the keys, each once, in list order', () => {
    expect(ids(withAnyKey(list, cityKeys, ['wuhan', 'chengdu']))).toEqual(['a', 'b', 'c']);
    expect(ids(withAnyKey(list, cityKeys, ['beijing']))).toEqual([]);
    expect(ids(withAnyKey(list, cityKeys, []))).toEqual([]);
  });

  it('merges the keys\' lists in list order, an entry under several keys and a key given twice counted once', () => {
    const more = [...list, e('e', 'chengdu'), e('f', 'wuhan', ['chengdu'])];
    expect(ids(withAnyKey(more, cityKeys, ['wuhan', 'chengdu', 'wuhan']))).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(ids(withAnyKey(more, cityKeys, ['chengdu']))).toEqual(['a', 'b', 'e', 'f']);
  });
});
