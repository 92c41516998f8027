import { describe, expect, it } from 'vitest';
import {
  boostsExactPhrase,
  exactFirst,
  pagefindFilters,
  readState,
  toggleFilter,
  writeState,
} from '../../src/lib/search-state.ts';

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
    expect(pagefindFilters({ filters })).toEqual({ type: { any: ['projects'] }, band: { any: ['≤3万', '3–10万'] }, listed: { any: ['是'] } });
    expect(pagefindFilters({ filters }, 'band')).toEqual({ type: { any: ['projects'] }, listed: { any: ['是'] } });
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
