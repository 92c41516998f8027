/**
 * Status badges, built once for every place that shows them: list cards, detail pages, search results and map
 * markers. Each status word sits beside its tone, so a project's 阶段 looks the same wherever it appears.
 */
import { UI } from '../core/ui-text.ts';
import {
  CURRENT_VALIDITY,
  OFFERED_STAGES,
  OPEN_INCUBATOR,
  PAUSED_TRAINING,
  RECOGNISED_TRAINING,
  UNVERIFIED_VALIDITY,
  VERIFIED_LIST,
  WITHDRAWN_STAGE,
  type IncubatorStatus,
  type ListStatus,
  type Stage,
  type TrainingStatus,
  type Validity,
} from '../../schemas/taxonomies.ts';
import { lapsed } from './training.ts';
import { EVENT_STATE_TEXT, eventState, type EventState } from './events.ts';
import type { Event } from '../../collections/events/schema.ts';

export interface BadgeView {
  text: string;
  tone: 'info' | 'ok' | 'warn' | 'muted';
}

/** A policy's 有效性. */
export const validityBadge = (v: Validity): BadgeView => ({ text: v, tone: v === CURRENT_VALIDITY ? 'ok' : v === UNVERIFIED_VALIDITY ? 'warn' : 'muted' });

/** A project's 阶段: offered stages stand out, a withdrawn one is muted. */
export const stageBadge = (s: Stage): BadgeView => ({ text: s, tone: OFFERED_STAGES.includes(s) ? 'ok' : s === WITHDRAWN_STAGE ? 'muted' : 'info' });

/** A city's 名单状态. */
export const listStatusBadge = (s: ListStatus): BadgeView => ({ text: s, tone: s === VERIFIED_LIST ? 'ok' : 'warn' });

/** A story's 适合人群. */
export const groupBadge = (group: string): BadgeView => ({ text: group, tone: 'info' });

/** The badges an incubator wears: its 运营状态 and 级别. */
export const incubatorBadges = (d: { status: IncubatorStatus; level: string }): BadgeView[] => [
  { text: d.status, tone: d.status === OPEN_INCUBATOR ? 'ok' : 'muted' },
  { text: d.level, tone: 'info' },
];

/** A training institution's 认定状态; 「认定已过期」 instead once the 有效期 of its recognition has passed. */
export const trainingBadge = (d: { status: TrainingStatus; valid_until?: Date | undefined }, today: Date): BadgeView =>
  lapsed(d, today)
    ? { text: UI.trainingExpired, tone: 'warn' }
    : { text: d.status, tone: d.status === RECOGNISED_TRAINING ? 'ok' : d.status === PAUSED_TRAINING ? 'warn' : 'muted' };

const EVENT_TONE: Record<EventState, BadgeView['tone']> = {
  cancelled: 'muted',
  postponed: 'warn',
  past: 'muted',
  ongoing: 'ok',
  closed: 'warn',
  open: 'ok',
};

/** An event's state on the build day: 即将举行, 报名已截止, 进行中, 已结束, 已延期 or 已取消. */
export const eventBadge = (d: Pick<Event, 'start' | 'end' | 'status' | 'signup'>, now: Date): BadgeView => {
  const state = eventState(d, now);
  return { text: EVENT_STATE_TEXT[state], tone: EVENT_TONE[state] };
};

/** A category word beside the status: a 工作动态 item's 类别, an event's 活动类型, an expert's 专家类别. */
export const kindBadge = (kind: string): BadgeView => ({ text: kind, tone: 'info' });

/** The badges an event wears on its card and its page: its state, then its 活动类型. */
export const eventBadges = (d: Pick<Event, 'start' | 'end' | 'status' | 'signup' | 'kind'>, now: Date): BadgeView[] => [eventBadge(d, now), kindBadge(d.kind)];
