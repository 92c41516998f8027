/** The key cities by province, and a city's 名单状态 badge. */
import { PROVINCES, VERIFIED_LIST, type ListStatus } from '../../schemas/taxonomies.ts';
import type { BadgeView } from '../../lib/domain/badges.ts';

/** Cities grouped under their province, in GB/T 2260 order; provinces without cities are left out. */
export function groupByProvince<T extends { data: { province: string } }>(cities: T[]) {
  return PROVINCES.map((p) => ({
    province: p.name,
    code: p.code,
    cities: cities.filter((c) => c.data.province === p.name),
  })).filter((g) => g.cities.length > 0);
}

/** A city's 名单状态. */
export const listStatusBadge = (s: ListStatus): BadgeView => ({ text: s, tone: s === VERIFIED_LIST ? 'ok' : 'warn' });
