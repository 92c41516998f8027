import type { Project } from './content.ts';
import { projectAvailability } from './projects.ts';

/** Projects editors flagged for 推介 that are still on offer, newest first (the list is already sorted). */
export function featuredProjects(projects: Project[], today: Date, limit: number): Project[] {
  return projects
    .filter((p) => p.data.featured && p.data.stage === '推介中' && !projectAvailability(p.data, today))
    .slice(0, limit);
}
