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

/** Longest answers the form takes: a mail program (and a mailto: address) must hold the whole message. */
export const FEEDBACK_MAX = { page: 500, message: 1000, contact: 100 } as const;

/**
 * Without script the browser can put only the subject and one text into a mailto: (other fields become headers mail
 * programs drop, and Chromium garbles Chinese in a text/plain POST body), so the message box starts with labelled
 * lines for the page and the contact: whatever the reader writes there is in the mail body. The script clears them
 * and offers separate fields instead.
 */
export const NO_SCRIPT_BODY = '有关页面的网址：\n联系方式（可选）：\n\n';

export const feedbackSubject = (site: string, topic?: string) => `${site}意见反馈${topic ? `：${topic}` : ''}`;

/** The answers as labelled lines. */
export const feedbackBody = (f: Feedback) =>
  [`问题类别：${f.topic}`, `有关页面：${f.page || '（未填写）'}`, `联系方式：${f.contact || '（未留）'}`, '', f.message].join('\n');

/** The e-mail a reader's mail program opens: subject 「意见反馈：<topic>」, the answers as labelled lines. */
export function feedbackMailto(to: string, site: string, f: Feedback): string {
  return `mailto:${to}?subject=${encodeURIComponent(feedbackSubject(site, f.topic))}&body=${encodeURIComponent(feedbackBody(f))}`;
}

/**
 * The page a reader reports, from ?page=: only an address on this site (an absolute one on this origin, or a path),
 * so a link from elsewhere cannot plant a foreign address in a message to the editors.
 */
export function reportedPage(param: string | null, origin: string): string {
  if (!param || param.startsWith('//') || param.length > FEEDBACK_MAX.page) return '';
  try {
    const url = new URL(param, origin);
    return url.origin === origin && /^https?:$/.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}
