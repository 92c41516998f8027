import { z } from 'astro/zod';
import { baseFields, picture } from '../../schemas/base.ts';
import { consent, field, personal, relation } from '../../schemas/field.ts';
import { GROUPS, INDUSTRY_NAMES, SUPPORT_TYPES, TRAINING_CODES } from '../../schemas/taxonomies.ts';
import type { CollectionSpec, ImageHelper } from '../../schemas/spec.ts';

/** 创业典型: an entrepreneur's story, published only with the person's consent. */
// Astro's `image()` helper is passed in so the schema also runs outside Astro (unit tests, the CMS); generic so that
// pages see the image metadata type Astro's helper produces.
export const storySchema = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z
    .strictObject({
      ...baseFields,
      person: personal(z.string().trim().min(1, '人物不能为空'), '人物', '真实姓名或化名；化名请注明'),
      // The story is the person's own: it is published only with their written consent, which covers their name.
      consent: consent(
        z.literal(true, { error: '须取得本人书面同意（consent: true）后才能发布' }),
        '本人同意发布',
        '已取得本人书面同意',
      ),
      photo: field(picture(image).optional(), '照片', '人物或经营场所的照片（JPG、PNG 等），发布时重新压缩并去除拍摄地点等信息'),
      photo_alt: field(z.string().trim().optional(), '照片说明', '有照片时必填，供读屏软件朗读'),
      city: relation('cities', '所在城市'),
      group: field(z.enum(GROUPS), '人群'),
      industry: field(z.enum(INDUSTRY_NAMES), '行业'),
      training: field(z.array(z.enum(TRAINING_CODES)).default([]), '参加培训'),
      support: field(z.array(z.enum(SUPPORT_TYPES)).default([]), '获得扶持'),
      business: field(z.string().trim().min(1, '企业名称不能为空'), '企业名称'),
      start_year: field(z.number().int().min(1990, '开业年份应不早于 1990 年').max(2100), '开业年份'),
      jobs: field(z.number().int().min(0, '带动就业人数不能为负'), '带动就业人数'),
      incubator: relation('incubators', '入驻孵化基地').optional(),
    })
    .refine((s) => !s.photo || Boolean(s.photo_alt), { message: '有照片时必须填写照片说明', path: ['photo_alt'] });

export type Story = z.infer<ReturnType<typeof storySchema>>;

/** The 创业典型 section: its names and how it is listed (src/schemas/spec.ts). */
export const storiesSpec: CollectionSpec<ReturnType<typeof storySchema<z.ZodType>>> = {
  label: '创业典型',
  heading: '创业典型',
  intro: '宣传创业带头人的典型事迹：各地创业者参加创业培训、获得扶持后开办企业、带动就业的经历。',
  schema: (image: ImageHelper) => storySchema(image),
  dateField: 'updated',
};
