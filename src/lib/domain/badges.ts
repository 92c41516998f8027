/**
 * What a badge is, and the plain ones several collections wear. Each collection's status badge is built once, in its
 * src/collections/<name>/domain.ts, for every place that shows it — list cards, detail pages, search results and map
 * markers — with its status word beside its tone, so a project's 阶段 looks the same wherever it appears.
 */

export interface BadgeView {
  text: string;
  tone: 'info' | 'ok' | 'warn' | 'muted';
}

/** A story's 适合人群. */
export const groupBadge = (group: string): BadgeView => ({ text: group, tone: 'info' });

/** A category word beside the status: a 工作动态 item's 类别, an event's 活动类型, an expert's 专家类别. */
export const kindBadge = (kind: string): BadgeView => ({ text: kind, tone: 'info' });
