import { z } from 'astro/zod';
import { baseFields, date, picture } from '../../schemas/base.ts';
import { field, relation, relations } from '../../schemas/field.ts';
import { NEWS_GENRES } from '../../schemas/taxonomies.ts';
import type { CollectionSpec, ImageHelper } from '../../schemas/spec.ts';

/**
 * 工作动态: what the programme is doing — news of the work, 经验交流 between places (通知: 宣传「各地区、各部门做好创业培训、
 * 开展创业服务的经验与成效」), press coverage, and the notices before and reports after an event. The section that keeps
 * the home page fresh.
 */
export const newsSchema = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z
    .strictObject({
      ...baseFields,
      genre: field(z.enum(NEWS_GENRES), '类别'),
      published: field(date(), '发布日期'),
      city: relation('cities', '相关城市', '写一个城市的动态时选择；全国性的动态留空').optional(),
      photo: field(picture(image).optional(), '图片', '现场照片（JPG、PNG 等），发布时重新压缩并去除拍摄地点等信息；照片中可辨认的个人须同意使用'),
      photo_alt: field(z.string().trim().optional(), '图片说明', '有图片时必填，供读屏软件朗读'),
      event: relation('events', '相关活动', '活动预告、活动回顾请选择所说的活动').optional(),
      policies: relations('policies', '相关政策'),
      projects: relations('projects', '相关项目'),
      stories: relations('stories', '相关创业典型'),
    })
    .refine((n) => !n.photo || Boolean(n.photo_alt), { message: '有图片时必须填写图片说明', path: ['photo_alt'] })
    .refine((n) => n.updated >= n.published, { message: '更新日期不能早于发布日期', path: ['updated'] });

export type News = z.infer<ReturnType<typeof newsSchema>>;

/** The 工作动态 section: its names and how it is listed (src/schemas/spec.ts). */
export const newsSpec: CollectionSpec<ReturnType<typeof newsSchema<z.ZodType>>> = {
  label: '工作动态',
  heading: '工作动态',
  intro: '各地创业培训、创业服务的工作动态和经验交流，媒体报道，以及活动预告和回顾，按发布日期由新到旧排列。',
  schema: (image: ImageHelper) => newsSchema(image),
  dateField: 'published',
};
