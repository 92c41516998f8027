/**
 * 个人信息保护声明 (/privacy/): what each form and section of the site collects about a person, why, who receives
 * it, how long it is kept and whether it is ever published (PIPL Art. 17). Declared here once: the statement
 * renders this table and each form's note beside its send button says the same in one line.
 */
import type { Settings } from '../../schemas/settings.ts';
import { COLLECTIONS, SCHEMAS } from '../../schemas/index.ts';
import { personalFields } from '../../schemas/personal.ts';
import { fieldsOf } from '../../schemas/walk.ts';
import { CALL_FIELDS } from './submission.ts';
import { FEEDBACK_CONTACT } from './feedback.ts';

export const PRIVACY_PATH = '/privacy/';
export const PRIVACY_TITLE = '个人信息保护声明';

export interface PersonalUse {
  /** The form or section, as a reader knows it. */
  where: string;
  href?: string;
  collects: string[];
  purpose: string;
  recipient: string;
  kept: string;
  published: string;
  /** One line beside the form's send button. */
  note?: string;
}

const labels = (section: string) => CALL_FIELDS.filter((f) => f.section === section).map((f) => f.label.replace(/（可选）$/, ''));

export function personalUses(settings: Settings): PersonalUse[] {
  const months = `${settings.privacy_retention_months} 个月`;
  return [
    {
      where: '项目征集',
      href: '/projects/call/',
      collects: labels('review'),
      purpose: '审核您提交的项目时联系您',
      recipient: `本站编辑（您发送到 ${settings.submission_email} 的邮件）`,
      kept: `审核结束后 ${months}内删除邮件`,
      published: '不公开：不写入项目文件，不出现在任何页面、海报、搜索结果或开放数据中',
      note: '您的姓名和联系方式只发给编辑审核，不会公开；只有您另行勾选同意时，才公开您填写的公开联系方式。',
    },
    {
      where: '项目征集：公开联系方式（可选）',
      href: '/projects/call/',
      collects: labels('public').filter((l) => l.startsWith('公开的')),
      purpose: '让创业者直接联系项目提供方',
      recipient: '本站读者',
      kept: '项目下架或您撤回同意时删除',
      published: '只在您勾选同意（单独同意）后随项目公开',
    },
    {
      where: '意见反馈',
      href: '/feedback/',
      collects: [`${FEEDBACK_CONTACT}（可以不填）`],
      purpose: '需要回复您时使用',
      recipient: settings.feedback_url ? `本站编辑（${new URL(settings.feedback_url).host} 留言系统）` : `本站编辑（发到 ${settings.email} 的邮件）`,
      kept: `处理完毕后 ${months}内删除`,
      published: '不公开',
      note: '联系方式可以不填；填写的只用于回复您，不会公开。',
    },
    {
      where: '创业典型',
      href: '/stories/',
      collects: ['人物姓名或化名', '照片（可选）'],
      purpose: '宣传创业典型',
      recipient: '本站读者',
      kept: '本人撤回同意时下架删除',
      published: '编辑取得本人书面同意后才发布；照片发布前去除拍摄地点等元数据',
    },
  ];
}

/** The fields of each collection that hold personal information, by the schemas' own declaration. */
export function personalFieldList(): { collection: string; fields: string[] }[] {
  return COLLECTIONS.map((c) => ({ collection: c.label, fields: personalFields(fieldsOf(SCHEMAS[c.name])).map((f) => f.label) })).filter((c) => c.fields.length > 0);
}

/** The note beside a form's send button. */
export function privacyNote(settings: Settings, where: string): string {
  return personalUses(settings).find((u) => u.where === where)?.note ?? '';
}
