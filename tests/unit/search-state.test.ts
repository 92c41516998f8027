import { describe, expect, it } from 'vitest';
import {
  boostsExactPhrase,
  holdsWords,
  officialFirst,
  exactFirst,
  pagefindFilters,
  readState,
  toggleFilter,
  writeState,
} from '../../src/search/state.ts';

const KEYS = ['type', 'province', 'industry', 'band'];

describe('search state in the URL', () => {
  it('round-trips query, filters and sort in a stable order', () => {
    const state = readState(new URLSearchParams('band=3–10万&q= 贷款 &type=projects&type=stories&sort=date&bogus=1'), KEYS);
    expect(state).toEqual({ q: '贷款', filters: { type: ['projects', 'stories'], band: ['3–10万'] }, sort: 'date' });
    const qs = writeState(state, KEYS);
    expect(qs).toBe('?q=%E8%B4%B7%E6%AC%BE&type=projects&type=stories&band=3%E2%80%9310%E4%B8%87&sort=date');
    expect(readState(new URLSearchParams(qs), KEYS)).toEqual(state);
  });

  it('defaults to relevance and an empty query', () => {
    expect(readState(new URLSearchParams(''), KEYS)).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(writeState({ q: '', filters: {}, sort: 'relevance' }, KEYS)).toBe('');
  });

  it('ticks and unticks facet values', () => {
    let s = readState(new URLSearchParams('type=projects'), KEYS);
    s = toggleFilter(s, 'band', '≤3万', true);
    s = toggleFilter(s, 'band', '3–10万', true);
    expect(s.filters).toEqual({ type: ['projects'], band: ['≤3万', '3–10万'] });
    s = toggleFilter(toggleFilter(s, 'band', '≤3万', false), 'band', '3–10万', false);
    expect(s.filters).toEqual({ type: ['projects'] });
  });

  it('ORs values within a facet and ANDs facets, optionally leaving one out', () => {
    const filters = { type: ['projects'], band: ['≤3万', '3–10万'] };
    expect(pagefindFilters({ filters })).toEqual({ type: { any: ['projects'] }, band: { any: ['≤3万', '3–10万'] }, unlisted: { none: ['是'] } });
    expect(pagefindFilters({ filters }, 'band')).toEqual({ type: { any: ['projects'] }, unlisted: { none: ['是'] } });
    // Withdrawn projects only when asked for.
    expect(pagefindFilters({ filters, withdrawn: true })).toEqual({ type: { any: ['projects'] }, band: { any: ['≤3万', '3–10万'] } });
  });
});

describe('exact-phrase boost for Chinese', () => {
  it('applies to a single Chinese term only', () => {
    expect(boostsExactPhrase('小额贷款')).toBe(true);
    expect(boostsExactPhrase('孵')).toBe(false);
    expect(boostsExactPhrase('成都 孵化')).toBe(false);
    expect(boostsExactPhrase('"小额贷款"')).toBe(false);
    expect(boostsExactPhrase('SYB')).toBe(false);
  });

  it('moves exact hits to the front, keeping relevance order within each group', () => {
    const r = (id: string) => ({ id });
    expect(exactFirst([r('d'), r('b')], [r('a'), r('b'), r('c'), r('d')]).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('official documents first', () => {
  const r = (...ids: string[]) => ids.map((id) => ({ id }));
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('moves every matching official document up to just before the first sample entry, others keeping their place', () => {
    const results = r('real-city', 'sample-story', 'real-project', 'sample-project', 'notice', 'sample-late', 'plan', 'sample-last');
    const official = new Set(['notice', 'plan']);
    const sample = new Set(['sample-story', 'sample-project', 'sample-late', 'sample-last']);
    expect(ids(officialFirst(results, official, sample))).toEqual(['real-city', 'notice', 'plan', 'sample-story', 'real-project', 'sample-project', 'sample-late', 'sample-last']);
  });

  it('changes nothing when no official document matches, or when it already leads', () => {
    expect(ids(officialFirst(r('a', 'b'), new Set(), new Set(['a'])))).toEqual(['a', 'b']);
    expect(ids(officialFirst(r('notice', 'a'), new Set(['notice']), new Set(['a'])))).toEqual(['notice', 'a']);
  });
});

describe('a page holds the words as typed', () => {
  const content = '各地要​做好​开业​指导​工作。\uE000 ​孵化器 ​fuhua';
  it('in its own text or title, not only in the index-only words after the mark', () => {
    expect(holdsWords('方案', content, '开业指导')).toBe(true);
    expect(holdsWords('创业促就业工作方案', content, '工作方案 开业')).toBe(true);
    expect(holdsWords('方案', content, '孵化器')).toBe(false);
    expect(holdsWords('方案', content, 'fuhua')).toBe(false);
    expect(holdsWords('方案', content, '')).toBe(false);
  });
});
