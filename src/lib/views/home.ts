import type { Project } from '../content/entries.ts';
import { isOnOffer } from '../../collections/projects/domain.ts';
import { PROMOTED_STAGE } from '../../schemas/taxonomies.ts';

/**
 * Projects editors flagged for 推介 that are still on offer. A static site cannot rotate per visit, so the choice
 * rotates per build day: each rebuild starts the list at a different featured project.
 */
export function featuredProjects(projects: readonly Project[], today: Date, limit: number, cityId?: string): Project[] {
  const pool = projects.filter(
    (p) => p.data.featured && p.data.stage === PROMOTED_STAGE && isOnOffer(p.data, today) && (!cityId || p.data.cities.includes(cityId)),
  );
  if (pool.length <= limit) return pool;
  const day = Math.floor(today.getTime() / 86_400_000);
  const start = day % pool.length;
  return [...pool.slice(start), ...pool.slice(0, start)].slice(0, limit);
}
