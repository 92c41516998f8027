import type { Project } from '../schemas/projects.ts';
import { formatDate } from './format.ts';

/** Why a project is no longer offered, or null while it is. */
export function projectAvailability(p: Pick<Project, 'stage' | 'valid_until'>, today: Date): string | null {
  if (p.stage === '已下架') return '本项目已下架，不再向创业者推荐，页面仅供查阅。';
  if (p.valid_until && p.valid_until.getTime() < today.getTime()) {
    return `本项目推介有效期已于${formatDate(p.valid_until)}届满，不再向创业者推荐，页面仅供查阅。`;
  }
  return null;
}
