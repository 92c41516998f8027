import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { entryProblems } from '../../src/schemas/validate.ts';
import { validIncubator, validPolicy, validProject, validStory } from '../helpers/valid.ts';

// Messages Zod (or Astro) would otherwise show in English.
const ENGLISH = /Invalid|Expected|Required|received|Too (small|big)|Unrecognized/i;

describe('every refusal a person reads is Chinese and names the field', () => {
  it('enum and number mistakes, as the CMS save check reports them', () => {
    const lines = entryProblems('stories', { ...validStory(), industry: '餐饮', jobs: 'three' });
    expect(lines).toEqual([
      expect.stringMatching(/^行业：应为以下之一：农、林、牧、渔业、.*教育.*，现为「餐饮」$/),
      '带动就业人数：应为数字，现为「three」',
    ]);
  });

  it('required fields, dates, URLs, lengths, list minimums and whole numbers', () => {
    const policy = { ...validPolicy(), summary: undefined, written: '2007年8月6日', source: { name: '来源', url: 'ftp://x' }, topics: [] };
    expect(entryProblems('policies', policy)).toEqual([
      '摘要：必填，尚未填写',
      '信息来源 › 来源网址：应为 http:// 或 https:// 开头的网址',
      '主题分类：至少选择一个主题分类',
      '成文日期：应为日期，格式 YYYY-MM-DD（如 2007-08-06）',
    ]);
    const lines = entryProblems('incubators', { ...validIncubator(), months: 2.5, tenants: -1 });
    expect(lines).toContain('在孵企业数：不小于 0');
    expect(lines).toContain('孵化期限：应为整数，现为「2.5」');
    expect(entryProblems('projects', { ...validProject(), review: { date: '2009-01-01', panel: '', conclusion: '通过' } })).toContain(
      '专家论证记录 › 论证专家组：论证专家组不能为空',
    );
  });

  it('never falls back to English for any code the schemas can raise', () => {
    const cases: [z.ZodType, unknown][] = [
      [z.string(), undefined],
      [z.string(), 5],
      [z.number(), Number.NaN],
      [z.number().int(), 1.5],
      [z.number().max(3), 4],
      [z.string().min(3), 'a'],
      [z.string().max(2), 'abc'],
      [z.array(z.string()).min(2), ['a']],
      [z.enum(['国家', '省']), '中央'],
      [z.literal(true), false],
      [z.boolean(), 'yes'],
      [z.coerce.date(), 'not a date'],
      [z.url(), 'not a url'],
      [z.email(), 'not an email'],
      [z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
    ];
    for (const [schema, input] of cases) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      for (const issue of result.error?.issues ?? []) {
        expect(issue.message, JSON.stringify(input)).toMatch(/\p{Script=Han}/u);
        expect(issue.message).not.toMatch(ENGLISH);
      }
    }
  });

  it('a valid entry has nothing to report', () => {
    expect(entryProblems('stories', validStory())).toEqual([]);
    expect(SCHEMAS.stories.safeParse(validStory()).success).toBe(true);
  });
});

describe('the CMS save check', () => {
  it('takes the Markdown body Decap sends with the entry as the body, and refuses any other unknown key', () => {
    expect(entryProblems('stories', { ...validStory(), body: '正文' })).toEqual([]);
    expect(entryProblems('stories', { ...validStory(), body: '正文', jobss: 3 })).toEqual(['未知字段 jobss，是否应为 jobs（带动就业人数）？']);
  });
});
