import { z } from 'astro/zod';
import { field, imageField, slug } from './field.ts';

/** A calendar date written as YYYY-MM-DD; YAML dates and Decap's strings both coerce. */
export const date = () => z.coerce.date({ error: '应为日期，格式 YYYY-MM-DD（如 2007-08-06）' });

/** A web address people can follow: http(s) only, so no `javascript:` link can reach a page. */
/** A time of day in China, as an editor writes it: 「2026-12-10 09:30」. China keeps one time zone (UTC+8) and no
 * summer time, so the text names one instant; it is read as that instant (a Date), never as the server's time. */
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
export const beijingTime = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);
/** The Date written back as Beijing time, 「2026-12-10 09:30」. */
export const beijingText = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
/** 2 月 30 日 and 25 点 match the pattern but name no moment (JavaScript would roll them over). */
const isRealTime = (text: string) => {
  const d = beijingTime(text);
  return !Number.isNaN(d.getTime()) && beijingText(d) === text;
};
export const dateTime = (label: string, hint?: string) =>
  field(
    z
      .string({ error: '应为北京时间，格式 YYYY-MM-DD HH:mm（如 2026-12-10 09:30）' })
      .trim()
      .regex(DATE_TIME_PATTERN, '应为北京时间，格式 YYYY-MM-DD HH:mm（如 2026-12-10 09:30）')
      .refine((text) => !DATE_TIME_PATTERN.test(text) || isRealTime(text), { message: '不是有效的日期或时间（如 2 月 30 日、25 点）' })
      .transform(beijingTime),
    label,
    hint,
    { widget: 'datetime' },
  );

/** An https URL that may reach a header (as headerUrlProblem, as a pattern: the CMS checks it while an editor types). */
export const headerSafeUrl = () =>
  z
    .string()
    .trim()
    .regex(/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s;$"'\\`]*)?$/, '应为 https:// 开头的网址，域名只含字母、数字、连字符和点，不含 ; $ 引号 反斜杠 和空格');

export const httpUrl = () => z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 开头的网址' });

export const latLng = () =>
  z.strictObject({
    lat: field(z.number().min(-90).max(90), '纬度', 'WGS84 十进制度，如 30.67。从高德、腾讯、百度地图复制的坐标须先在「坐标换算」（/admin/coords/）换算'),
    lng: field(z.number().min(-180).max(180), '经度', 'WGS84 十进制度，如 104.06'),
  });

/** Fields every collection shares. */
export const baseFields = {
  slug: field(
    slug().optional(),
    '网址标识',
    '网址中的标识，如 she-qu-zao-can。新建时可以留空：保存时按标题的拼音自动生成。发布后不要再改',
  ),
  title: field(z.string().trim().min(1, '标题不能为空').max(80, '标题不超过 80 字'), '标题'),
  summary: field(z.string().trim().min(1, '摘要不能为空').max(120, '摘要不超过 120 字'), '摘要', '列表和搜索结果中显示，不超过 120 字', { widget: 'text' }),
  sample: field(z.boolean().default(false), '示例内容', '为演示编写的内容必须勾选，页面会显示「示例」标签'),
  source: field(
    z.strictObject({
      name: field(z.string().trim().min(1, '来源名称不能为空'), '来源名称'),
      url: field(httpUrl().optional(), '来源网址'),
    }),
    '信息来源',
  ),
  updated: field(date(), '更新日期', '本条信息最后更新或核对的日期'),
};

/** A street address: 区县 and the rest, as a visitor types it into a map app. */
export const address = () =>
  field(
    z.strictObject({
      district: field(z.string().trim().min(1, '区县不能为空'), '区县'),
      street: field(z.string().trim().min(1, '详细地址不能为空'), '详细地址'),
    }),
    '地址',
  );

/** How a founder reaches a place: at least one of phone, e-mail, website. */
export const contact = () =>
  field(
    z
      .strictObject({
        phone: field(z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话格式不正确').optional(), '电话'),
        email: field(z.email('邮箱格式不正确').optional(), '邮箱'),
        website: field(httpUrl().optional(), '网站'),
      })
      .refine((c) => Boolean(c.phone || c.email || c.website), { message: '电话、邮箱、网站至少填写一项' }),
    '联系方式',
  );

/** Raster images the pipeline re-encodes (and so strips of EXIF and GPS). No SVG: it can carry script and would
 * be published as uploaded. */
export const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif)$/i;

/**
 * An uploaded picture: a path beside the entry that Astro's image helper (passed in, as for stories) turns into
 * a processed image. Only raster formats are accepted, so nothing an editor uploads is published as it was.
 */
export const picture = <I extends z.ZodType>(image: () => I) =>
  imageField(
    z
      .string()
      .regex(IMAGE_FILE, '只能上传 JPG、PNG、WebP、AVIF 或 GIF 图片')
      // Astro's image() takes the path as a string, though its declared input type is the metadata it outputs.
      .pipe(image() as unknown as z.ZodType<z.output<I>, string>),
  );
