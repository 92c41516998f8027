import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, linkTo } from '../../lib/views/detail.ts';
import { OPEN_INCUBATOR } from '../../schemas/taxonomies.ts';
import { trainingBadge } from '../../lib/domain/badges.ts';
import { trainingAvailability } from '../../lib/domain/training.ts';
import { trainingMeta } from '../../lib/views/entry-views.ts';

/** What a 培训机构 page shows besides the common parts (Detail.astro renders it). */
export type TrainingExtras = { cityName: string };

/** The data of one 培训机构 page. */
export const page: DetailBuilder<'training', TrainingExtras> = (entry, content, today) => {
  const d = entry.data;
  const city = content.city(d.city);
  const availability = trainingAvailability(d, today);
  const neighbours = content.linkedFrom('cities', d.city, 'training').filter((t) => t.id !== entry.id);
  // After the course: where a trainee can start out in the same city.
  const incubators = content.linkedFrom('cities', d.city, 'incubators').filter((i) => i.data.status === OPEN_INCUBATOR);
  return {
    layout: common('training', entry, content, [trainingBadge(d, today)], trainingMeta(entry, content), d.verified),
    related: [
      capped(`${city.data.name}的其他培训机构`, neighbours.map(linkTo('training')), citySection(city, CITY_GROUPS.training, '培训机构')),
      capped(`${city.data.name}的孵化基地`, incubators.map(linkTo('incubators')), citySection(city, CITY_GROUPS.incubators, '孵化基地')),
    ],
    cityName: city.data.name,
    ...(availability ? { notice: { text: availability, warn: true } } : {}),
  };
};
