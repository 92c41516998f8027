import { z } from 'astro/zod';
import { baseFields, date } from '../../schemas/base.ts';
import { consent, field, personal, relation } from '../../schemas/field.ts';
import { EXPERT_KINDS, EXPERT_SPECIALTIES, INDUSTRY_NAMES, SERVICE_FORMS } from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/**
 * 创业专家 (plan 三（六）建立专家队伍): entrepreneurs, scholars and officials who advise founders 上门、集中、电话、面谈.
 * The expert is a person: the name is published only with their separate consent (src/schemas/personal.ts); the
 * page's title is a description an office may always publish. Founders book through the local 人社 service desk,
 * never the expert's own phone. The evaluation the plan asks for (服务质量、满意度) is shown only with its source.
 */
export const expertSchema = z
  .strictObject({
    ...baseFields,
    title: field(
      z.string().trim().min(1, '称谓不能为空').max(80, '称谓不超过 80 字'),
      '称谓',
      '公开显示的称谓，如「财务与融资咨询专家（成都）」；不要写姓名——姓名填在「姓名」栏，本人同意后才公开',
    ),
    // Optional in the type: without consent the public view leaves it out (src/schemas/personal.ts), so no page may
    // count on it. The roster import asks for it.
    name: personal(z.string().trim().min(1, '姓名不能为空').max(80, '姓名不超过 80 字').optional(), '姓名', '专家本人姓名：只有勾选「本人同意公开姓名」后才在网站上出现'),
    consent: consent(z.boolean().default(false), '本人同意公开姓名', '已取得专家本人书面同意'),
    kind: field(z.enum(EXPERT_KINDS), '专家类别'),
    specialties: field(z.array(z.enum(EXPERT_SPECIALTIES)).min(1, '至少选择一项专长'), '专长'),
    industries: field(z.array(z.enum(INDUSTRY_NAMES)).default([]), '熟悉行业', '不限行业时留空'),
    services: field(z.array(z.enum(SERVICE_FORMS)).min(1, '至少选择一种服务方式'), '服务方式'),
    city: relation('cities', '所在城市'),
    organisation: field(z.string().trim().min(1, '所在单位不能为空').max(80, '所在单位不超过 80 字'), '所在单位'),
    qualification: field(z.string().trim().max(80, '资格不超过 80 字').optional(), '资格', '如 创业咨询师、SYB 讲师'),
    booking: field(
      z.strictObject({
        desk: field(z.string().trim().min(1, '预约窗口不能为空'), '预约窗口', '当地人社部门的创业服务窗口，如 成都市创业服务中心'),
        phone: field(z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话格式不正确'), '预约电话', '窗口的办公电话（不要填专家个人电话）'),
        how: field(z.string().trim().min(1, '预约方式不能为空'), '预约方式', '如 工作日电话预约，窗口安排面谈时间', { widget: 'text' }),
      }),
      '怎样预约',
    ),
    evaluation: field(
      z
        .strictObject({
          satisfaction: field(z.number().min(0, '满意度应在 0 到 100 之间').max(100, '满意度应在 0 到 100 之间'), '创业者满意度（%）'),
          served: field(z.number().int('应为整数').min(0, '人次不能为负').optional(), '服务人次'),
          source: field(z.string().trim().min(1, '评估来源不能为空'), '评估来源', '谁做的评估，如 成都市就业局 2025 年度服务质量评估'),
          date: field(date(), '评估日期'),
        })
        .optional(),
      '服务评估',
      '没有评估时留空，页面显示「暂无评估」',
    ),
  });

export type Expert = z.infer<typeof expertSchema>;

/** The 创业专家 section: its names and how it is listed (src/schemas/spec.ts). */
export const expertsSpec: CollectionSpec<typeof expertSchema> = {
  label: '创业专家',
  heading: '创业专家',
  intro: '为创业者提供上门、集中、电话和面谈服务的创业专家：企业家、专家学者和政府工作人员。通过当地人社部门的创业服务窗口预约。',
  schema: () => expertSchema,
  dateField: 'updated',
};
