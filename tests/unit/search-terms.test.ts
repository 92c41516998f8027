import { describe, expect, it } from 'vitest';
import { indexTerms, pinyinOf, traditionalMap } from '../../src/search/terms.ts';
import { SYNONYMS } from '../../src/schemas/synonyms.ts';

const terms = (over: Partial<Parameters<typeof indexTerms>[0]> = {}) =>
  indexTerms({ title: '标题', summary: '摘要', places: [], facts: [], text: '', ...over });

describe('index terms', () => {
  it('make a place findable by its name without 市, in pinyin and by initials', () => {
    const { keywords } = terms({ places: ['成都市', '重庆市'] });
    for (const t of ['成都', 'chengdu', 'cd', '重庆', 'chongqing', 'cq']) expect(keywords.split(' ')).toContain(t);
  });

  it('make a title findable by the pinyin of its words, without initials nobody types', () => {
    expect(pinyinOf('社区早餐连锁店')).toEqual(expect.arrayContaining(['shequ', 'zaocan', 'shequzaocanliansuodian']));
    expect(pinyinOf('社区早餐连锁店')).not.toContain('sqzclsd');
    expect(pinyinOf('长沙', { initials: true })).toEqual(['changsha', 'cs']);
  });

  it('add a whole synonym group, aliases included, to a page that uses one of its words', () => {
    const { related } = terms({ text: '享受税费减免和小额贷款' });
    for (const t of ['税收减免', '减税', 'tax', '创业担保贷款', 'daikuan', 'loan']) expect(related.split(' ')).toContain(t);
    expect(terms({ text: '无关内容' }).related).toBe('');
  });

  it('weight what the page is about above what it mentions: summary, 发文字号 and topics are keywords', () => {
    const policy = terms({ summary: '关于贷款的通知', extra: ['劳社部发〔2007〕30号', '小额贷款'] });
    expect(policy.keywords).toContain('劳社部发〔2007〕30号');
    expect(policy.keywords.split(' ')).toContain('创业担保贷款');
    expect(policy.related).toBe('');
  });

  it('keep facts as plain values, once', () => {
    expect(terms({ facts: ['征集中', '制造业', '征集中'], extra: ['制造业'] }).facts).toBe('征集中');
  });

  it('has groups of real equivalents only: no word in two groups', () => {
    const words = SYNONYMS.flatMap((g) => g.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('traditional → simplified map', () => {
  it('covers the site’s characters in mainland, Taiwan and Hong Kong forms, and nothing else', () => {
    const map = traditionalMap(['创业培训贷款', 'abc 123']);
    expect(map).toMatchObject({ 創: '创', 業: '业', 訓: '训', 貸: '贷' });
    expect(Object.values(map).every((s) => '创业培训贷款'.includes(s))).toBe(true);
    expect(map.培).toBeUndefined();
  });
});
