import type { CollectionSearch } from '../../search/index.ts';
import { stageBadge } from './domain.ts';
import { projectAvailability } from './domain.ts';
import { BUDGET_STEPS, budgetLabel } from '../../schemas/taxonomies.ts';

/** How search filters the project library: by the fields a founder chooses by, and by what they can spend. */
export const search = {
  facets: { industry: 'industry', group: 'groups', stage: 'stage', band: 'band', support: 'support' },
  computed: [
    {
      key: 'budget',
      label: '投资预算',
      values: BUDGET_STEPS.map(String),
      valueLabels: Object.fromEntries(BUDGET_STEPS.map((step) => [String(step), budgetLabel(step)])),
      // Every step (万元) at or above the project's minimum investment: a founder with that budget can start it.
      of: (d) => BUDGET_STEPS.filter((step) => d.invest_min <= step * 10_000).map(String),
    },
  ],
  status: (d) => stageBadge(d.stage),
  // Withdrawn or past its 有效期. Projects still being developed, collected or reviewed are listed, their stage shown.
  unlisted: (d, today) => projectAvailability(d, today) !== null,
} satisfies CollectionSearch<'projects'>;
