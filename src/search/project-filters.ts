/**
 * The project library's filtered lists: one static page per facet value (/projects/filter/<facet>/<key>/), so
 * filtering works without JavaScript. The facets and their values are the search facets (derived from the
 * schemas); only the URL keys are added.
 */
import type { Content, Project } from '../lib/content/entries.ts';
import { isOnOffer } from '../collections/projects/domain.ts';
import { FACETS, searchRecords } from './records.ts';
import { URL_KEYS } from '../schemas/taxonomies.ts';

export const PROJECT_FACETS = ['industry', 'band', 'group', 'stage', 'support', 'city'] as const;
export type ProjectFacet = (typeof PROJECT_FACETS)[number];

export interface FilterPage {
  facet: ProjectFacet;
  facetLabel: string;
  value: string;
  key: string;
  projects: Project[];
}

/** Projects on offer (推介中/已论证, not expired) first, then the rest, each group newest first. */
export function onOfferFirst(projects: readonly Project[], today: Date): Project[] {
  return [...projects.filter((p) => isOnOffer(p.data, today)), ...projects.filter((p) => !isOnOffer(p.data, today))];
}

export function filterPages(content: Content, today: Date): FilterPage[] {
  const records = searchRecords('projects', content);
  const href = projectFacetHref(content);
  return PROJECT_FACETS.flatMap((facet) => {
    const spec = FACETS.find((f) => f.key === facet)!;
    const values = new Set(records.flatMap((r) => r.filters[facet] ?? []));
    return [...values].map((value) => ({
      facet,
      facetLabel: spec.label,
      value,
      key: href(facet, value).split('/').at(-2)!,
      projects: onOfferFirst(
        content.projects.filter((_, i) => records[i]!.filters[facet]?.includes(value)),
        today,
      ),
    }));
  });
}

export const filterUrl = (facet: string, key: string) => `/projects/filter/${facet}/${key}/`;

/** Filter links of the project lists point at the static filter pages. */
export function projectFacetHref(content: Content) {
  const cityKey = new Map(content.cities.map((c) => [c.data.name, c.id]));
  return (facet: string, value: string) =>
    filterUrl(facet, facet === 'city' ? (cityKey.get(value) ?? value) : (URL_KEYS[facet]?.[value] ?? value));
}
