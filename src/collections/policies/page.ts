import { common, type DetailBuilder, type ListPage, linksTo, linkTo } from '../../lib/views/detail.ts';
import { READING_GENRE, UNVERIFIED_VALIDITY } from '../../schemas/taxonomies.ts';
import { validityBadge } from './domain.ts';
import { card, cityLinks, type ItemBuilder, joinList, LABELS, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { formatDate } from '../../lib/core/format.ts';
import { entryUrl } from '../../lib/core/urls.ts';

const L = LABELS.policies;

/** A 政策文件's card: its validity, 文号, issuers and date. */
export const item: ItemBuilder<'policies'> = (p) =>
  card('policies', p, [validityBadge(p.data.validity)], [p.data.doc_number, `${joinList(p.data.issuers)}　${formatDate(p.data.published)}发布`]);

/** The 政府信息公开 metadata rows, in the order of the 政策文件 standard table. */
export function meta(p: EntryOf<'policies'>, content: Content): MetaRow[] {
  const d = p.data;
  return rows([
    d.index_no !== undefined && { label: L.index_no, value: d.index_no },
    { label: L.topics, value: joinList(d.topics) },
    { label: L.issuers, value: joinList(d.issuers) },
    { label: L.written, value: formatDate(d.written) },
    { label: L.title, value: d.title },
    { label: L.doc_number, value: d.doc_number },
    { label: L.published, value: formatDate(d.published) },
    d.effective && { label: L.effective, value: formatDate(d.effective) },
    d.expires && { label: L.expires, value: formatDate(d.expires) },
    { label: L.level, value: d.level },
    { label: L.genre, value: d.genre },
    { label: L.validity, value: d.validity },
    { label: L.cities, value: d.cities.length ? cityLinks(content, d.cities) : '全国' },
  ]);
}

/** The data of one 政策文件 page. */
export const page: DetailBuilder<'policies'> = (entry, content) => {
  const d = entry.data;
  // Back-links: documents that list this one as an attachment or an interpretation.
  const parents = content.linkedFrom('policies', entry.id, 'policies');
  const reading = d.genre === READING_GENRE;
  return {
    layout: { ...common('policies', entry, content, [validityBadge(d.validity)], meta(entry, content), d.updated), pubDate: d.published, ...(reading ? { searchWeight: 0.3 } : {}) },
    related: [
      { title: '附件', links: d.attachments.map((a) => ({ href: a.policy ? entryUrl('policies', a.policy) : (a.url ?? '#'), label: a.title })) },
      { title: '所属文件', links: parents.map(linkTo('policies')) },
      { title: L.interpretations, links: linksTo('policies', d.interpretations, content) },
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

/** /policies/ is a plain list of the cards (`item`). */
export const list: ListPage = {};
