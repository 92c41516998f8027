import { capped, common, type DetailBuilder, eventLinks, linkTo, searchAll, withValue } from '../../lib/views/detail.ts';
import { OPEN_INCUBATOR } from '../../schemas/taxonomies.ts';
import { stageBadge } from '../../lib/domain/badges.ts';
import { projectAvailability, supportingPolicies, supportTopics } from '../../lib/domain/projects.ts';
import { RELATED_LIMIT } from '../../lib/core/lists.ts';
import { projectMeta } from '../../lib/views/entry-views.ts';
import { posterUrl } from '../../lib/core/urls.ts';

/** The data of one 创业项目 page. */
export const page: DetailBuilder<'projects'> = (entry, content, today) => {
  const d = entry.data;
  const availability = projectAvailability(d, today);
  const incubators = content.linkedFromAny('cities', d.cities, 'incubators').filter((i) => i.data.status === OPEN_INCUBATOR);
  const stories = withValue(content.stories, (s) => [s.data.industry], d.industry).slice(0, 5);
  return {
    layout: { ...common('projects', entry, content, [stageBadge(d.stage)], projectMeta(entry, content), d.updated), poster: posterUrl('projects', entry.id) },
    related: [
      capped('可申请的扶持政策', supportingPolicies(d, content.policies, RELATED_LIMIT + 1).map(linkTo('policies')), searchAll({ type: 'policies', topic: supportTopics(d) }, '相应主题的政策')),
      capped('推荐城市的孵化基地', incubators.map(linkTo('incubators')), searchAll({ type: 'incubators', city: d.cities.map((c) => content.city(c).data.name) }, '推荐城市的孵化基地')),
      { title: '同行业的创业典型', links: stories.map(linkTo('stories')) },
      { title: '推介本项目的活动', links: eventLinks(content.linkedFrom('projects', entry.id, 'events'), today) },
    ],
    ...(availability ? { notice: { text: availability, warn: true } } : {}),
  };
};
