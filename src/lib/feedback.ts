/**
 * 意见反馈: what a reader reports and how it reaches the site's editors — a structured e-mail to the contact address
 * in the site settings, or a POST to the organisation's own message system when one is configured (feedback_url).
 * No third party is involved either way.
 */
export const FEEDBACK_TOPICS = ['内容有误或过时', '链接打不开或页面出错', '政策咨询', '项目、孵化基地信息需要更新', '无障碍或长者模式问题', '其他意见和建议'] as const;

/** The one personal field of the form: optional, used only to reply. */
export const FEEDBACK_CONTACT = '您的联系方式';

export interface Feedback {
  topic: string;
  page: string;
  message: string;
  contact: string;
}

/** The e-mail a reader's mail program opens: subject 「意见反馈：<topic>」, the answers as labelled lines. */
export function feedbackMailto(to: string, site: string, f: Feedback): string {
  const body = [`问题类别：${f.topic}`, `有关页面：${f.page || '（未填写）'}`, `联系方式：${f.contact || '（未留）'}`, '', f.message].join('\n');
  return `mailto:${to}?subject=${encodeURIComponent(`${site}意见反馈：${f.topic}`)}&body=${encodeURIComponent(body)}`;
}
