import { z } from 'astro/zod';
import { field } from './field.ts';

/** 网站类型 as the 政府网站工作年度报表 asks it. */
export const SITE_TYPES = ['政府门户网站', '部门网站'] as const;

const count = (label: string, hint?: string) => field(z.number().int('应为整数').min(0, '不能为负数').optional(), label, hint);
const yes = (label: string, hint?: string) => field(z.boolean().optional(), label, hint);
const name = (label: string, hint?: string) => field(z.string().trim().min(1).max(100).optional(), label, hint);

/**
 * What the 政府网站工作年度报表 asks that the site cannot count itself: the office's own figures for one year,
 * typed in the CMS (网站设置 → 年度报表填报) before `npm run report` runs. Only for the year named in `year`: a
 * figure typed for 2026 is never reported as 2027's. Each field's label is the row's name in the table.
 */
export const reportInputSchema = z.strictObject({
  // Optional so that the CMS, which may save an untouched group as {}, never blocks the settings; figures without
  // a year are not used (src/lib/report/annual.ts asks for them).
  year: field(z.number().int('应为整数').min(2000).max(2100).optional(), '填报年度', '下面的数字是哪一年的，如 2026；不填或与 npm run report 的 --year 不同时，这些数字不会被采用'),
  topics_maintained: count('专栏专题维护数量（个）'),
  topics_new: count('专栏专题新开设数量（个）'),
  reading_products: count('解读产品数量（条）', '图解、音视频等解读产品；本站「政策解读」条目是解读材料，自动统计'),
  media_reviews: count('媒体评论文章数量（条）'),
  hot_responses: count('回应公众关注热点或重大舆情数量（次）'),
  unified_platform: yes('互动交流是否使用统一平台'),
  messages_received: count('收到留言数量（条）', '「意见反馈」等渠道全年收到的留言；也可用 npm run report 的 --feedback 给出'),
  messages_closed: count('办结留言数量（条）'),
  messages_days: field(z.number().min(0, '不能为负数').max(365).optional(), '留言平均办理时间（天）'),
  messages_public: count('公开答复数量（条）'),
  surveys: count('征集调查期数（期）'),
  survey_opinions: count('征集调查收到意见数量（条）'),
  survey_results: count('公布调查结果期数（期）'),
  interviews: count('在线访谈期数（期）'),
  interview_messages: count('在线访谈网民留言数量（条）'),
  interview_answers: count('在线访谈答复网民提问数量（条）'),
  security_checks: count('安全检测评估次数（次）'),
  security_problems: count('安全检测发现问题数量（个）'),
  security_fixed: count('安全问题整改数量（个）'),
  security_monitoring: yes('是否建立安全监测预警机制'),
  security_drill: yes('是否开展应急演练'),
  security_officer: yes('是否明确网站安全负责人'),
  new_media: yes('是否有移动新媒体', '不勾选时下面的微博、微信各项不必填写'),
  weibo_name: name('微博名称'),
  weibo_posts: count('微博信息发布量（条）'),
  weibo_followers: count('微博关注量（个）'),
  wechat_name: name('微信名称'),
  wechat_posts: count('微信信息发布量（条）'),
  wechat_subscribers: count('微信订阅数（个）'),
  other_media: name('其他移动新媒体', '如 今日头条号、抖音号；没有的不填'),
});

export type ReportInput = z.infer<typeof reportInputSchema>;
