/** What a policy's status means to a reader. */
import type { BadgeView } from '../../lib/domain/badges.ts';
import { CURRENT_VALIDITY, UNVERIFIED_VALIDITY, type Validity } from '../../schemas/taxonomies.ts';

/** A policy's 有效性. */
export const validityBadge = (v: Validity): BadgeView => ({ text: v, tone: v === CURRENT_VALIDITY ? 'ok' : v === UNVERIFIED_VALIDITY ? 'warn' : 'muted' });
