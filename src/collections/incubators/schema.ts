import { z } from 'astro/zod';
import { address, baseFields, contact, date, latLng } from '../../schemas/base.ts';
import { field, relation } from '../../schemas/field.ts';
import { INCUBATOR_LEVELS, INCUBATOR_MODELS, INCUBATOR_SERVICES, INCUBATOR_STATUS } from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/** 创业孵化基地 / 创业园 (work plan 三（八）). */
export const incubatorSchema = z.strictObject({
  ...baseFields,
  operator: field(z.string().trim().min(1, '运营单位不能为空'), '运营单位'),
  model: field(z.enum(INCUBATOR_MODELS), '投资模式'),
  level: field(z.enum(INCUBATOR_LEVELS), '认定级别'),
  batch: field(z.string().trim().optional(), '认定批次'),
  status: field(z.enum(INCUBATOR_STATUS), '运营状态'),
  city: relation('cities', '所在城市'),
  address: address(),
  location: field(latLng(), '坐标', 'WGS84'),
  area: field(z.number().positive('面积应大于 0'), '场地面积', '平方米'),
  tenants: field(z.number().int().min(0), '在孵企业数'),
  months: field(z.number().int().min(1).max(36, '孵化期限不超过 36 个月'), '孵化期限', '月，不超过 36'),
  services: field(z.array(z.enum(INCUBATOR_SERVICES)).min(1, '至少选择一项服务'), '服务内容'),
  fee_relief: field(z.string().trim().min(1), '费用减免', undefined, { widget: 'text' }),
  eligibility: field(z.string().trim().min(1), '入驻条件', undefined, { widget: 'text' }),
  apply: field(z.string().trim().min(1), '申请方式', undefined, { widget: 'text' }),
  contact: contact(),
  verified: field(date(), '信息核实日期'),
});

export type Incubator = z.infer<typeof incubatorSchema>;

/** The 孵化基地 section: its names and how it is listed (src/schemas/spec.ts). */
export const incubatorsSpec: CollectionSpec<typeof incubatorSchema> = {
  label: '孵化基地',
  heading: '孵化基地',
  intro: '为缺乏创业经验和经营场地的创业者提供孵化和政策扶持的创业孵化基地、创业园。',
  schema: () => incubatorSchema,
  dateField: 'verified',
};
