import { z } from 'astro/zod';
import { date, headerSafeUrl } from './base.ts';
import { field } from './field.ts';
import { ICP_PATTERN, PSB_PATTERN } from './taxonomies.ts';
import { reportInputSchema, SITE_TYPES } from './report.ts';

/** How long a part of the site may go without new content before the self-check reports it, in days. Defaults from
 * 《政府网站发展指引》 and the inspection indicators (国办秘函〔2019〕19号): the home page and news 2 weeks, policy
 * documents 6 months; other sections a year (our reading of 「应更新但长期未更新」). */
export const INSPECTION_DEFAULTS = { home_days: 14, policy_days: 180, section_days: 365 } as const;

const days = (label: string, key: keyof typeof INSPECTION_DEFAULTS, what: string) =>
  field(z.number().int('应为整数（天）').min(1, '至少 1 天').max(730, '不超过 730 天').optional(), label, `${what}；不填为 ${INSPECTION_DEFAULTS[key]} 天`);

const optionalText = (label: string, hint: string) => field(z.string().trim().min(1).optional(), label, hint);
const email = (label: string, hint: string) => field(z.email('邮箱格式不正确，如 name@example.cn'), label, hint);

/**
 * 网站设置: who runs the site and how to reach them, the filing numbers a site hosted in mainland China shows,
 * and the footer's disclaimer. One file (content/settings/site.yml), edited in the CMS; every page reads it.
 */
export const settingsSchema = z.strictObject({
  name: field(z.string().trim().min(1).max(80), '网站名称', '显示在页头、浏览器标题和分享卡片中'),
  subtitle: field(z.string().trim().min(1).max(80), '副标题', '页头网站名称下的一行说明'),
  host: optionalText('主办单位', '如 某市人力资源和社会保障局；不填则页脚不显示'),
  operator: optionalText('承办单位', '负责网站日常运行的单位；不填则不显示'),
  email: email('联系邮箱', '读者反馈和内容更正的收件地址'),
  phone: field(z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话格式不正确').optional(), '联系电话', '不填则不显示'),
  feedback_url: field(
    headerSafeUrl().optional(),
    '意见反馈接收地址',
    '本单位留言系统接收表单的网址（https）；不填则「意见反馈」生成一封发到联系邮箱的邮件',
  ),
  submission_email: email('项目征集收件邮箱', '「项目征集」表单生成的文件发送到这个地址'),
  icp: field(z.string().trim().regex(ICP_PATTERN, 'ICP备案号格式应如 京ICP备12345678号 或 京ICP备12345678号-1').optional(), 'ICP备案号', '网站在工业和信息化部备案后填写；页脚显示并链接到备案系统'),
  psb: field(z.string().trim().regex(PSB_PATTERN, '公安备案号格式应如 京公网安备11010502030143号（14 位数字）').optional(), '公安备案号', '公安机关互联网站安全备案后填写；页脚显示并链接到备案系统'),
  privacy_date: field(
    date().optional(),
    '个人信息保护声明版本日期',
    '声明内容（收集什么、谁接收、保存多久、怎样更正删除）经本单位确认后填写确认日期；声明修改后更新。生产构建要求填写',
  ),
  privacy_retention_months: field(
    z.number().int('应为整数（月）').min(1, '至少 1 个月').max(36, '不超过 36 个月').default(6),
    '个人信息保存期限（月）',
    '项目征集的审核联系方式、意见反馈的联系方式在处理完毕后保存多少个月即删除，写入个人信息保护声明',
  ),
  site_code: field(
    z.string().trim().regex(/^(?:bm\d{8}|\d{10})$/, '网站标识码应为 10 位数字（如 5101000001），部委网站为 bm 加 8 位数字').optional(),
    '网站标识码',
    '政府网站由主管部门分配，页脚显示；不是政府网站的不填',
  ),
  site_type: field(z.enum(SITE_TYPES).optional(), '网站类型', '政府网站工作年度报表的「网站类型」；不是政府网站的不填'),
  report: field(
    reportInputSchema.optional(),
    '年度报表填报',
    '政府网站工作年度报表中本站无法自己统计的数字（留言办理、安全防护、新媒体等），填好后运行 npm run report 生成报表',
  ),
  inspection: field(
    z
      .strictObject({
        home_days: days('首页更新期限（天）', 'home_days', '首页栏目超过这么多天没有新内容，自查报告列为不合格'),
        policy_days: days('政策文件栏目更新期限（天）', 'policy_days', '政策文件栏目超过这么多天没有新发布的文件，列为不合格'),
        section_days: days('其他栏目更新期限（天）', 'section_days', '其他栏目超过这么多天没有更新，列为需要注意'),
      })
      .optional(),
    '网站自查期限',
    '「网站自查报告」（/admin/inspect/）据此判断栏目是否更新不及时',
  ),
  disclaimer: field(z.string().trim().min(1).max(200), '页脚声明', '说明网站性质，例如「本站不是政府官方网站」', { widget: 'text' }),
});

export type Settings = z.infer<typeof settingsSchema>;
