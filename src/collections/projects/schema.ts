import { z } from 'astro/zod';
import { baseFields, date } from '../../schemas/base.ts';
import { consent, field, personal, relations } from '../../schemas/field.ts';
import {
  GROUPS,
  INDUSTRY_NAMES,
  INVESTMENT_BANDS,
  INVESTMENT_BAND_VALUES,
  LIFECYCLE,
  PROJECT_ORIGINS,
  REVIEWED_FROM,
  SUPPORT_TYPES,
} from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

const yuan = (label: string) => field(z.number().int('应为整数（元）').min(0, '金额不能为负'), label, '单位：元');

/** 创业项目: an entry of the project library (开发、征集、论证、展示和推介). */
export const projectSchema = z
  .strictObject({
    ...baseFields,
    industry: field(z.enum(INDUSTRY_NAMES), '行业'),
    band: field(z.enum(INVESTMENT_BAND_VALUES), '投资额区间'),
    invest_min: yuan('最低投资额'),
    invest_max: yuan('最高投资额'),
    groups: field(z.array(z.enum(GROUPS)).min(1, '至少选择一个适合人群'), '适合人群'),
    stage: field(z.enum(LIFECYCLE), '项目状态'),
    origin: field(z.enum(PROJECT_ORIGINS), '项目来源'),
    review: field(
      z
        .strictObject({
          date: field(date(), '论证日期'),
          panel: field(z.string().trim().min(1, '论证专家组不能为空'), '论证专家组'),
          conclusion: field(z.string().trim().min(1, '论证结论不能为空'), '论证结论', undefined, { widget: 'text' }),
        })
        .optional(),
      '专家论证记录',
      '项目状态为「已论证」及之后必填',
    ),
    risk: field(z.string().trim().min(10, '风险提示不少于 10 字'), '风险提示', '提示投资和经营风险，必填', { widget: 'text' }),
    payback: field(z.string().trim().optional(), '预期回本周期'),
    support: field(z.array(z.enum(SUPPORT_TYPES)).default([]), '可获扶持'),
    cities: relations('cities', '推荐城市'),
    provider: field(
      z.strictObject({
        org: field(z.string().trim().min(1).max(80, '提供单位不超过 80 字').optional(), '提供单位', '以单位名义提供的项目填写单位名称（公开显示）；个人提供的留空'),
        person: personal(z.string().trim().min(1).max(80, '联系人不超过 80 字').optional(), '联系人', '个人姓名：只有勾选「同意公开」后才在网站上出现'),
        contact: personal(z.string().trim().min(1).max(80, '联系方式不超过 80 字').optional(), '联系方式', '电话或邮箱：只有勾选「同意公开」后才在网站上出现'),
        consent: consent(
          z.boolean().default(false),
          '同意公开',
          '联系人本人（单位提供的为该单位）单独同意在网站、海报和开放数据中公开上面的联系人和联系方式时才勾选；不勾选则只供编辑审核使用',
        ),
      }),
      '项目提供方',
      '审核时联系提供方用的姓名和电话不必填在这里：项目征集表把它们只写在发给编辑的邮件里',
    ),
    featured: field(z.boolean().default(false), '重点推介', '勾选后在首页轮换展示'),
    valid_until: field(date().optional(), '有效期至'),
  })
  .superRefine((p, ctx) => {
    if (p.invest_min > p.invest_max) {
      ctx.addIssue({ code: 'custom', path: ['invest_max'], message: '最高投资额应不低于最低投资额' });
    }
    const band = INVESTMENT_BANDS.find((b) => b.value === p.band);
    if (band && (p.invest_max <= band.min || (band.max !== null && p.invest_max > band.max))) {
      ctx.addIssue({ code: 'custom', path: ['band'], message: `最高投资额 ${p.invest_max} 元不在区间「${p.band}」内` });
    }
    if (p.provider.consent && !p.provider.person && !p.provider.contact) {
      ctx.addIssue({ code: 'custom', path: ['provider', 'contact'], message: '勾选「同意公开」时，请填写要公开的联系方式' });
    }
    if (LIFECYCLE.indexOf(p.stage) >= LIFECYCLE.indexOf(REVIEWED_FROM) && !p.review) {
      ctx.addIssue({ code: 'custom', path: ['review'], message: `项目状态为「${p.stage}」时必须填写专家论证记录` });
    }
  });

export type Project = z.infer<typeof projectSchema>;

/** The 创业项目 section: its names and how it is listed (src/schemas/spec.ts). */
export const projectsSpec: CollectionSpec<typeof projectSchema> = {
  label: '创业项目',
  heading: '创业项目',
  intro: '创业项目资源库：经征集、论证后向创业者展示和推介的项目，突出本土化、投资少、见效快、市场前景好。这里列出已论证和推介中的项目。',
  schema: () => projectSchema,
  dateField: 'updated',
};
