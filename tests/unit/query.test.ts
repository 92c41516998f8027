import { describe, expect, it } from 'vitest';
import { budgetStep, parseQuery, simplifier } from '../../src/search/query.ts';

describe('budget phrases become the 投资预算 filter', () => {
  it.each([
    ['5万以下', { text: '', budget: 5 }],
    ['3万以内的项目', { text: '', budget: 3 }],
    ['不超过10万', { text: '', budget: 10 }],
    ['投资少', { text: '', budget: 3 }],
    ['小本创业', { text: '', budget: 3 }],
    ['五万以内 餐饮', { text: '餐饮', budget: 5 }],
    ['预算4万', { text: '', budget: 3 }],
    ['30000元以下', { text: '', budget: 3 }],
    ['8万左右 农村', { text: '农村', budget: 8 }],
  ])('%s', (q, parsed) => {
    expect(parseQuery(q)).toEqual(parsed);
  });

  it('leaves queries without a budget alone', () => {
    expect(parseQuery('小额贷款')).toEqual({ text: '小额贷款' });
    expect(parseQuery('  创业培训   合格率 ')).toEqual({ text: '创业培训 合格率' });
    expect(parseQuery('100个重点联系城市')).toEqual({ text: '100个重点联系城市' });
  });

  it('rounds a budget down to a step', () => {
    expect(budgetStep(5)).toBe(5);
    expect(budgetStep(9.5)).toBe(8);
    expect(budgetStep(0.5)).toBe(1);
    expect(budgetStep(1000)).toBe(100);
    expect(budgetStep(0)).toBeUndefined();
  });
});

describe('traditional characters', () => {
  it('are simplified before searching, with the map built from the site', () => {
    const toSimplified = simplifier({ 貸: '贷', 創: '创', 業: '业', 訓: '训' });
    expect(parseQuery('貸款', toSimplified)).toEqual({ text: '贷款' });
    expect(parseQuery('創業培訓', toSimplified)).toEqual({ text: '创业培训' });
  });
});
