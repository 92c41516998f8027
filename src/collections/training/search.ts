import type { CollectionSearch } from '../../search/index.ts';
import { trainingBadge } from './domain.ts';
import { isRecognised } from './domain.ts';
import { PAUSED_TRAINING } from '../../schemas/taxonomies.ts';

/** How search treats the training institutions: by course and fee, with their status today. */
export const search = {
  facets: { course: 'courses', fee: 'fee' },
  status: (d, today) => trainingBadge(d, today),
  // Listed while recognised, or paused (its status shown); out once its recognition was revoked or has expired.
  unlisted: (d, today) => d.status !== PAUSED_TRAINING && !isRecognised(d, today),
} satisfies CollectionSearch<'training'>;
