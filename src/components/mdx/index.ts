/** The components a 政策解读 may use in MDX, by the names src/lib/core/mdx-data.ts lets through the sanitiser. */
import type { DataComponent } from '../../lib/core/mdx-data.ts';
import CityResultsData from './CityResultsData.astro';
import PlanTargetsData from './PlanTargetsData.astro';

export const MDX_COMPONENTS = { PlanTargets: PlanTargetsData, CityResults: CityResultsData } satisfies Record<DataComponent, unknown>;
