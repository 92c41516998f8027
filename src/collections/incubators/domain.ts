/** What an incubator's status means to a reader. */
import type { BadgeView } from '../../lib/domain/badges.ts';
import { OPEN_INCUBATOR, type IncubatorStatus } from '../../schemas/taxonomies.ts';

/** The badges an incubator wears: its 运营状态 and 级别. */
export const incubatorBadges = (d: { status: IncubatorStatus; level: string }): BadgeView[] => [
  { text: d.status, tone: d.status === OPEN_INCUBATOR ? 'ok' : 'muted' },
  { text: d.level, tone: 'info' },
];
