import { describe, expect, it } from 'vitest';
import { featuredProjects } from '../../src/lib/views/home.ts';
import { isOnOffer, projectAvailability, supportingPolicies } from '../../src/collections/projects/domain.ts';
import { readSubmission, submissionData, callFieldOf } from '../../src/lib/domain/submission.ts';
import { pinyinReading } from '../../src/lib/core/pinyin.ts';
import { titleSlug } from '../../src/lib/core/slugify.ts';
import { projectSchema } from '../../src/collections/projects/schema.ts';

const today = new Date('2026-11-28');
const project = (id: string, data: Record<string, unknown>) =>
  ({ id, data: { featured: true, stage: '推介中', cities: ['chengdu'], ...data } }) as never;

describe('project availability', () => {
  it('withdrawn and expired projects are not on offer', () => {
    expect(isOnOffer({ stage: '推介中' }, today)).toBe(true);
    expect(isOnOffer({ stage: '已下架' }, today)).toBe(false);
    expect(isOnOffer({ stage: '推介中', valid_until: new Date('2026-01-01') }, today)).toBe(false);
    expect(isOnOffer({ stage: '征集中' }, today)).toBe(false);
    expect(projectAvailability({ stage: '推介中', valid_until: new Date('2025-12-31') }, today)).toContain('2025年12月31日');
  });

  it('links the policies behind the support a project offers', () => {
    const policies = [
      { id: 'loan', data: { topics: ['小额贷款'], cities: [] } },
      { id: 'train-wuhan', data: { topics: ['创业培训'], cities: ['wuhan'] } },
      { id: 'train-chengdu', data: { topics: ['创业培训'], cities: ['chengdu'] } },
      { id: 'other', data: { topics: ['宣传'], cities: [] } },
    ];
    const found = supportingPolicies({ support: ['小额贷款', '培训'], cities: ['chengdu'] }, policies);
    expect(found.map((p) => p.id)).toEqual(['loan', 'train-chengdu']);
    // A detail page shows the first few: the same, in the same order, cut short.
    expect(supportingPolicies({ support: ['小额贷款', '培训'], cities: ['chengdu'] }, policies, 1).map((p) => p.id)).toEqual(['loan']);
  });

  it('rotates the featured projects by build day, skipping those not on offer', () => {
    const list = ['a', 'b', 'c'].map((id) => project(id, {}));
    const withdrawn = project('x', { stage: '已下架' });
    const day1 = featuredProjects([...list, withdrawn], new Date('2026-11-28'), 2).map((p: { id: string }) => p.id);
    const day2 = featuredProjects([...list, withdrawn], new Date('2026-11-29'), 2).map((p: { id: string }) => p.id);
    expect(day1).toHaveLength(2);
    expect(day1).not.toEqual(day2);
    expect([...day1, ...day2]).not.toContain('x');
    expect(featuredProjects(list, today, 5, 'wuhan')).toEqual([]);
  });
});

describe('项目征集 submissions', () => {
  it('become entries the project schema accepts, 征集中 and not sample', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ title: '社区茶铺', summary: '小本经营的社区茶铺。', industry: '住宿和餐饮业', invest_min: '20000', invest_max: '60000', risk: '客流不稳定，请先试营业。', org: '某街道', contact: '000-1', body: '介绍' })) form.set(k, v);
    form.append('groups', '下岗失业人员');
    const data = submissionData(readSubmission(form, (title) => titleSlug(title, pinyinReading)), today);
    expect(projectSchema.parse(data)).toMatchObject({ slug: 'she-qu-cha-pu', stage: '征集中', band: '3–10万', sample: false, origin: '创业者提交' });
  });

  it('are refused when required answers are missing', () => {
    const data = submissionData(readSubmission(new FormData(), () => ''), today);
    const issues = projectSchema.safeParse(data).error!.issues.map((i) => i.path);
    expect(issues.map((p) => String(p[0]))).toEqual(expect.arrayContaining(['title', 'risk', 'groups', 'invest_min']));
    // Each refusal belongs to a field of the form: the derived band and slug report on the fields they come from.
    expect(issues.map((p) => callFieldOf(p)?.name)).not.toContain(undefined);
    expect(callFieldOf(['band'])?.label).toBe('最高投资额（元）');
    expect(callFieldOf(['provider', 'contact'])?.label).toBe('公开的联系方式');
  });
});
