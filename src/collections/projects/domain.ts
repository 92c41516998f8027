/** A project's status on a given day: whether it is offered, why not, its 阶段 badge, and the policies that support it. */
import type { Project } from './schema.ts';
import { formatDate } from '../../lib/core/format.ts';
import { OFFERED_STAGES, WITHDRAWN_STAGE, type Stage } from '../../schemas/taxonomies.ts';
import { eachWithAnyKey } from '../../lib/core/groups.ts';
import type { BadgeView } from '../../lib/domain/badges.ts';

/** Why a project is no longer offered, or null while it is. */
export function projectAvailability(p: Pick<Project, 'stage' | 'valid_until'>, today: Date): string | null {
  if (p.stage === WITHDRAWN_STAGE) return '本项目已下架，不再向创业者推荐，页面仅供查阅。';
  if (p.valid_until && p.valid_until.getTime() < today.getTime()) {
    return `本项目推介有效期已于${formatDate(p.valid_until)}届满，不再向创业者推荐，页面仅供查阅。`;
  }
  return null;
}

/** Policy topics that speak to each kind of support a project offers. */
const SUPPORT_TOPICS: Record<string, string[]> = {
  培训: ['创业培训'],
  小额贷款: ['小额贷款'],
  孵化: ['创业孵化'],
  税费减免: ['税费减免'],
  补贴: ['创业服务', '就业再就业'],
  导师: ['创业服务'],
  场地: ['创业孵化'],
};

/** The policy topics that cover a project's kinds of support. */
export const supportTopics = (project: Pick<Project, 'support'>): string[] => [...new Set(project.support.flatMap((s) => SUPPORT_TOPICS[s] ?? []))];

const topicKeys = (p: { data: { topics: readonly string[] } }) => p.data.topics;

/** Policies that back the support a project lists: national ones and those of its recommended cities, in list order;
 * the first `limit` of them. */
export function supportingPolicies<P extends { data: { topics: readonly string[]; cities: readonly string[] } }>(
  project: Pick<Project, 'support' | 'cities'>,
  policies: readonly P[],
  limit = Infinity,
): P[] {
  const found: P[] = [];
  for (const p of eachWithAnyKey(policies, topicKeys, supportTopics(project))) {
    if (found.length >= limit) break;
    if (p.data.cities.length === 0 || p.data.cities.some((c) => project.cities.includes(c))) found.push(p);
  }
  return found;
}

/** Whether a project may be recommended to founders today. */
export const isOnOffer = (p: Pick<Project, 'stage' | 'valid_until'>, today: Date) =>
  OFFERED_STAGES.includes(p.stage) && projectAvailability(p, today) === null;

/** A project's 阶段: offered stages stand out, a withdrawn one is muted. */
export const stageBadge = (s: Stage): BadgeView => ({ text: s, tone: OFFERED_STAGES.includes(s) ? 'ok' : s === WITHDRAWN_STAGE ? 'muted' : 'info' });
