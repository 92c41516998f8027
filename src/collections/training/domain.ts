/** When a 创业培训定点机构 may be recommended to founders, and what a reader is told when it may not. */
import type { Training } from './schema.ts';
import { PAUSED_TRAINING, RECOGNISED_TRAINING, type TrainingStatus } from '../../schemas/taxonomies.ts';
import { formatDate } from '../../lib/core/format.ts';
import type { BadgeView } from '../../lib/domain/badges.ts';
import { UI } from '../../lib/core/ui-text.ts';

/** Why an institution is not recommended today, or null while it is. */
export function trainingAvailability(t: Pick<Training, 'status' | 'valid_until'>, today: Date): string | null {
  if (t.status !== RECOGNISED_TRAINING) {
    return t.status === PAUSED_TRAINING
      ? '该机构目前暂停招生，恢复时间请向机构或当地人力资源和社会保障部门咨询。'
      : '该机构的创业培训定点资格已撤销，不再开展补贴性创业培训，页面仅供查阅。';
  }
  if (t.valid_until && lapsed(t, today)) {
    return `该机构的认定有效期已于${formatDate(t.valid_until)}届满，报名前请向当地人力资源和社会保障部门核实。`;
  }
  return null;
}

/** Recognised on paper, but the 有效期 of its recognition has passed. */
export function lapsed(t: Pick<Training, 'status' | 'valid_until'>, today: Date): boolean {
  return t.status === RECOGNISED_TRAINING && Boolean(t.valid_until && t.valid_until.getTime() < today.getTime());
}

/** Whether founders may be sent to it today: recognised, within its 有效期. */
export const isRecognised = (t: Pick<Training, 'status' | 'valid_until'>, today: Date) => trainingAvailability(t, today) === null;

/** A training institution's 认定状态; 「认定已过期」 instead once the 有效期 of its recognition has passed. */
export const trainingBadge = (d: { status: TrainingStatus; valid_until?: Date | undefined }, today: Date): BadgeView =>
  lapsed(d, today)
    ? { text: UI.trainingExpired, tone: 'warn' }
    : { text: d.status, tone: d.status === RECOGNISED_TRAINING ? 'ok' : d.status === PAUSED_TRAINING ? 'warn' : 'muted' };
