import { common, type DetailBuilder, type ListPage, linksTo, linkTo } from '../../lib/views/detail.ts';
import { READING_GENRE, UNVERIFIED_VALIDITY } from '../../schemas/taxonomies.ts';
import { validityBadge } from '../../lib/domain/badges.ts';
import { policyItem, LABELS, policyMeta } from '../../lib/views/entry-views.ts';
import { entryUrl } from '../../lib/core/urls.ts';

/** The data of one 政策文件 page. */
export const page: DetailBuilder<'policies'> = (entry, content) => {
  const d = entry.data;
  // Back-links: documents that list this one as an attachment or an interpretation.
  const parents = content.linkedFrom('policies', entry.id, 'policies');
  const reading = d.genre === READING_GENRE;
  return {
    layout: { ...common('policies', entry, content, [validityBadge(d.validity)], policyMeta(entry, content), d.updated), pubDate: d.published, ...(reading ? { searchWeight: 0.3 } : {}) },
    related: [
      { title: '附件', links: d.attachments.map((a) => ({ href: a.policy ? entryUrl('policies', a.policy) : (a.url ?? '#'), label: a.title })) },
      { title: '所属文件', links: parents.map(linkTo('policies')) },
      { title: LABELS.policies.interpretations, links: linksTo('policies', d.interpretations, content) },
    ],
    ...(d.validity === UNVERIFIED_VALIDITY
      ? {
          notice: {
            warn: false,
            text: reading
              ? '本解读所依据文件的现行有效性尚未核实。解读不代替原文，办事请以发文机关公布的现行文件为准。'
              : '本文件的现行有效性尚未核实。正文照录原文，办事请以发文机关公布的现行文件为准。',
          },
        }
      : {}),
  };
};

/** The list at /policies/: one card per entry. */
export const list: ListPage<'policies'> = {
  item: (entry) => policyItem(entry),
};
