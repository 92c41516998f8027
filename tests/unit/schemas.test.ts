import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { citySchema } from '../../src/collections/cities/schema.ts';
import { incubatorSchema } from '../../src/collections/incubators/schema.ts';
import { policySchema } from '../../src/collections/policies/schema.ts';
import { projectSchema } from '../../src/collections/projects/schema.ts';
import { storySchema } from '../../src/collections/stories/schema.ts';
import { fieldsOf, labelsOf } from '../../src/schemas/walk.ts';
import { validCity, validEntry, validIncubator, validPolicy, validProject, validStory, validTraining } from '../helpers/valid.ts';
import { trainingSchema } from '../../src/collections/training/schema.ts';
import { COLLECTION_NAMES, listOrder, SCHEMAS } from '../../src/schemas/index.ts';

const story = storySchema(() => z.string());

/** "path: message" for every issue zod reports. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('schemas accept the valid examples', () => {
  it.each(COLLECTION_NAMES)('%s', (name) => {
    expect(problems(SCHEMAS[name], validEntry(name))).toEqual([]);
  });

  it('coerces YYYY-MM-DD strings (as the CMS writes them) to dates', () => {
    const parsed = policySchema.parse(validPolicy());
    expect(parsed.written).toBeInstanceOf(Date);
    expect(parsed.written.toISOString().slice(0, 10)).toBe('2007-08-06');
  });
});

describe('schemas refuse bad input with a field and a readable reason', () => {
  it('limits the summary to 120 characters', () => {
    expect(problems(policySchema, { ...validPolicy(), summary: '字'.repeat(121) })).toEqual([
      'summary: 摘要不超过 120 字',
    ]);
  });

  it('requires a 6-digit adcode belonging to the province', () => {
    expect(problems(citySchema, { ...validCity(), adcode: '51010' })).toEqual([
      'adcode: 应为 6 位数字行政区划代码（GB/T 2260）',
    ]);
    expect(problems(citySchema, { ...validCity(), adcode: '420100' })[0]).toMatch(/^adcode: .*不属于四川省/);
  });

  it('keeps coordinates in range', () => {
    expect(problems(citySchema, { ...validCity(), location: { lat: 91, lng: 104 } })[0]).toMatch(/^location\.lat:/);
  });

  it('refuses results that do not add up, and duplicate years', () => {
    const r = validCity().results[0]!;
    expect(problems(citySchema, { ...validCity(), results: [{ ...r, passed: 2000 }] })).toEqual([
      'results.0.passed: 合格人数不能多于培训人数',
    ]);
    expect(problems(citySchema, { ...validCity(), results: [r, r] })).toEqual(['results: 同一年度只能填写一条成效数据']);
  });

  it('refuses a story without consent', () => {
    expect(problems(story, { ...validStory(), consent: false })).toEqual([
      'consent: 须取得本人书面同意（consent: true）后才能发布',
    ]);
    const { consent: _omitted, ...noConsent } = validStory();
    expect(problems(story, noConsent)).toHaveLength(1);
  });

  it('requires alt text with a photo', () => {
    expect(problems(story, { ...validStory(), photo: 'a.jpg' })).toEqual(['photo_alt: 有照片时必须填写照片说明']);
  });

  it('accepts only raster pictures, which the pipeline re-encodes: no SVG, no web page, no script', () => {
    for (const photo of ['./images/a.jpg', './images/a.JPEG', './images/a.png', './images/a.webp']) {
      expect(problems(story, { ...validStory(), photo, photo_alt: '说明' }), photo).toEqual([]);
    }
    for (const photo of ['./images/a.svg', './images/a.html', './images/a.js', './images/a.jpg.html']) {
      expect(problems(story, { ...validStory(), photo, photo_alt: '说明' }), photo).toEqual(['photo: 只能上传 JPG、PNG、WebP、AVIF 或 GIF 图片']);
    }
  });

  it('requires the review record once a project is 已论证 or later', () => {
    const { review: _omitted, ...unreviewed } = validProject();
    for (const stage of ['已论证', '推介中', '已下架']) {
      expect(problems(projectSchema, { ...unreviewed, stage })).toEqual([`review: 项目状态为「${stage}」时必须填写专家论证记录`]);
    }
    expect(problems(projectSchema, { ...unreviewed, stage: '征集中' })).toEqual([]);
  });

  it('requires the risk notice and an investment range inside its band', () => {
    const { risk: _omitted, ...noRisk } = validProject();
    expect(problems(projectSchema, noRisk)[0]).toMatch(/^risk:/);
    expect(problems(projectSchema, { ...validProject(), invest_max: 120_000 })).toEqual([
      'band: 最高投资额 120000 元不在区间「3–10万」内',
    ]);
    expect(problems(projectSchema, { ...validProject(), invest_min: 90_000 })).toEqual([
      'invest_max: 最高投资额应不低于最低投资额',
    ]);
  });

  it('keeps a training institution’s 有效期 after its 认定日期, and its courses from the list', () => {
    expect(problems(trainingSchema, { ...validTraining(), valid_until: '2024-01-01' })).toEqual(['valid_until: 有效期不能早于认定日期']);
    expect(problems(trainingSchema, { ...validTraining(), courses: [] })).toEqual(['courses: 至少选择一项培训项目']);
    expect(problems(trainingSchema, { ...validTraining(), courses: ['MBA'] })[0]).toMatch(/^courses\.0: /);
    expect(problems(trainingSchema, { ...validTraining(), trainers: 2.5 })).toEqual(['trainers: 应为整数']);
  });

  it('caps incubation at 36 months and needs at least one contact', () => {
    expect(problems(incubatorSchema, { ...validIncubator(), months: 37 })).toEqual(['months: 孵化期限不超过 36 个月']);
    expect(problems(incubatorSchema, { ...validIncubator(), contact: {} })).toEqual([
      'contact: 电话、邮箱、网站至少填写一项',
    ]);
  });

  it('refuses values outside a taxonomy', () => {
    expect(problems(story, { ...validStory(), group: '学生' })[0]).toMatch(/^group:/);
    expect(problems(policySchema, { ...validPolicy(), validity: '有效' })[0]).toMatch(/^validity:/);
  });

  it('refuses relation ids that could not be file names', () => {
    expect(problems(story, { ...validStory(), city: '成都' })).toEqual([
      'city: 应以小写字母开头，只含小写字母、数字和连字符（如 she-qu-zao-can）',
    ]);
  });
});

describe('every field carries a Chinese label', () => {
  it.each([
    ['policies', policySchema],
    ['stories', story],
    ['projects', projectSchema],
    ['incubators', incubatorSchema],
    ['cities', citySchema],
  ])('%s', (_name, schema) => {
    for (const [key, field] of Object.entries(fieldsOf(schema))) {
      expect(field.meta?.label, key).toMatch(/\p{Script=Han}/u);
    }
    expect(Object.keys(labelsOf(schema)).length).toBeGreaterThan(5);
  });

  it('marks relation fields with their target collection', () => {
    expect(fieldsOf(story).city?.meta?.relation).toBe('cities');
    expect(fieldsOf(story).incubator?.meta?.relation).toBe('incubators');
    expect(fieldsOf(policySchema).cities?.meta?.relation).toBe('cities');
  });
});

describe('link fields', () => {
  it('accept only http(s) addresses, never javascript:', () => {
    const bad = { ...validPolicy(), source: { name: '来源', url: 'javascript:alert(1)' } };
    expect(problems(policySchema, bad)).toEqual(['source.url: 应为 http:// 或 https:// 开头的网址']);
    expect(problems(policySchema, { ...validPolicy(), source: { name: '来源', url: 'https://www.gov.cn/' } })).toEqual([]);
    expect(problems(incubatorSchema, { ...validIncubator(), contact: { website: 'javascript:alert(1)' } })).toEqual([
      'contact.website: 应为 http:// 或 https:// 开头的网址',
    ]);
  });
});

describe('list order, from the registry', () => {
  it('puts the newest first (equal dates by title), and cities by province then code', () => {
    const p = (title: string, published: string) => ({ title, published: new Date(published) });
    const policies = [p('乙', '2007-08-06'), p('丙', '2010-01-01'), p('甲', '2007-08-06')].sort(listOrder('policies'));
    // 甲 (jiǎ) before 乙 (yǐ): titles of equal date in pinyin order.
    expect(policies.map((x) => x.title)).toEqual(['丙', '甲', '乙']);
    const c = (province: string, adcode: string) => ({ province, adcode });
    const cities = [c('四川省', '510700'), c('北京市', '110000'), c('四川省', '510100')].sort(listOrder('cities'));
    expect(cities.map((x) => x.adcode)).toEqual(['110000', '510100', '510700']);
  });
});
