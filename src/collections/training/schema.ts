import { z } from 'astro/zod';
import { address, baseFields, contact, date, latLng } from '../../schemas/base.ts';
import { field, relation } from '../../schemas/field.ts';
import { TRAINING_COURSES, TRAINING_FEES, TRAINING_STATUS } from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/**
 * 创业培训定点机构: the institutions a provincial 劳动保障 department 认定和管理 to run SYB-family courses
 * (通知 三、工作方案 三（三）). What a founder needs to choose one and enrol.
 */
export const trainingSchema = z
  .strictObject({
    ...baseFields,
    title: field(z.string().trim().min(1, '机构名称不能为空').max(80, '机构名称不超过 80 字'), '机构名称'),
    city: relation('cities', '所在城市'),
    authority: field(z.string().trim().min(1, '认定部门不能为空'), '认定部门', '如 四川省人力资源和社会保障厅'),
    batch: field(z.string().trim().optional(), '认定批次', '如 2024年第二批'),
    recognized: field(date(), '认定日期'),
    valid_until: field(date().optional(), '有效期至', '认定文件写明的有效期；未写明时留空'),
    status: field(z.enum(TRAINING_STATUS), '认定状态'),
    courses: field(z.array(z.enum(TRAINING_COURSES)).min(1, '至少选择一项培训项目'), '培训项目'),
    trainers: field(z.number().int('应为整数').min(0, '人数不能为负'), '持证师资', '取得创业培训讲师资格的教师人数'),
    fee: field(z.enum(TRAINING_FEES), '是否收费'),
    fee_note: field(z.string().trim().optional(), '补贴说明', '谁可以免费参加、补贴如何申领', { widget: 'text' }),
    schedule: field(z.string().trim().min(1, '开班计划不能为空'), '开班计划', '如 每月开班一期，每期 30 人', { widget: 'text' }),
    enrol: field(z.string().trim().min(1, '报名方式不能为空'), '报名方式', '到哪里、带什么材料、怎样报名', { widget: 'text' }),
    address: address(),
    location: field(latLng(), '坐标', 'WGS84'),
    contact: contact(),
    verified: field(date(), '信息核实日期'),
  })
  .refine((t) => !t.valid_until || t.valid_until >= t.recognized, { message: '有效期不能早于认定日期', path: ['valid_until'] });

export type Training = z.infer<typeof trainingSchema>;

/** The 培训机构 section: its names and how it is listed (src/schemas/spec.ts). */
export const trainingSpec: CollectionSpec<typeof trainingSchema> = {
  label: '培训机构',
  heading: '创业培训定点机构',
  intro: '经省级劳动保障部门认定的创业培训定点机构：开设哪些培训项目、怎样报名、是否免费。',
  schema: () => trainingSchema,
  dateField: 'verified',
};
