import { z } from 'astro/zod';
import { baseFields, date, httpUrl } from '../../schemas/base.ts';
import { field, relation, relations } from '../../schemas/field.ts';
import { POLICY_GENRES, POLICY_LEVELS, POLICY_TOPICS, VALIDITY } from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/** 政策文件: a policy document with the metadata block government portals print above it. */
export const policySchema = z
  .strictObject({
  ...baseFields,
  doc_number: field(z.string().trim().min(1, '发文字号不能为空'), '发文字号', '如 劳社部发〔2007〕30号；附件或解读填所属文件的字号'),
  issuers: field(z.array(z.string().trim().min(1)).min(1, '至少填写一个发文机关'), '发文机关'),
  level: field(z.enum(POLICY_LEVELS), '层级'),
  genre: field(z.enum(POLICY_GENRES), '体裁'),
  topics: field(z.array(z.enum(POLICY_TOPICS)).min(1, '至少选择一个主题分类'), '主题分类'),
  written: field(date(), '成文日期'),
  published: field(date(), '发布日期'),
  effective: field(date().optional(), '施行日期'),
  validity: field(z.enum(VALIDITY), '有效性', '无法确认现行状态时选「待核实」'),
  expires: field(date().optional(), '失效日期', '文件写明有效期的填写；过期后请把有效性改为「已失效」，网站自查报告会提醒'),
  index_no: field(z.string().trim().optional(), '索引号'),
  attachments: field(
    z
      .array(
        z.strictObject({
          title: field(z.string().trim().min(1), '附件名称'),
          policy: relation('policies', '本站条目', '附件已作为政策条目收录时填写其标识').optional(),
          url: field(httpUrl().optional(), '附件网址'),
        }),
      )
      .default([]),
    '附件',
  ),
  interpretations: relations('policies', '相关解读'),
  cities: relations('cities', '适用城市', '留空表示全国适用'),
  })
  .refine((p) => !p.expires || p.expires >= p.published, { message: '失效日期不能早于发布日期', path: ['expires'] });

export type Policy = z.infer<typeof policySchema>;

/** The 政策文件 section: its names and how it is listed (src/schemas/spec.ts). */
export const policiesSpec: CollectionSpec<typeof policySchema> = {
  label: '政策文件',
  heading: '政策文件',
  intro: '创业培训、创业服务和创业扶持相关的政策文件，按发布日期由新到旧排列。',
  schema: () => policySchema,
  dateField: 'published',
};
