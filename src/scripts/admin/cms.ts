/**
 * Extends Decap CMS (loaded before this module from /admin/decap/decap-cms.js): previews that use the site's own
 * CSS, and a preSave check that runs the collection's zod schema — the editor cannot save what the build refuses.
 */
import type { CollectionName } from '../../schemas/field.ts';
import { entryProblems } from '../../schemas/validate.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { SCHEMAS } from '../../schemas/index.ts';

type Immutable = { get(key: string): unknown; toJS(): unknown; getIn(path: string[]): unknown };
interface PreviewProps {
  entry: Immutable;
  widgetFor(name: string): unknown;
}
interface DecapGlobal {
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEventListener(listener: { name: string; handler: (arg: { entry: Immutable }) => unknown }): void;
}
declare global {
  interface Window {
    CMS: DecapGlobal;
    h: (tag: string, props: object | null, ...children: unknown[]) => unknown;
    createClass: (spec: { render(this: { props: PreviewProps }): unknown }) => unknown;
  }
}

const { CMS, h, createClass } = window;

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection') as CollectionName;
    const data = (entry.get('data') as Immutable).toJS();
    const found = entryProblems(collection, data);
    if (found.length) throw new Error(`无法保存，请先修改：\n${found.join('\n')}`);
    return undefined;
  },
});

const siteCss = document.querySelector<HTMLMetaElement>('meta[name="site-css"]')?.content;
if (siteCss) CMS.registerPreviewStyle(siteCss);

function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.map(display).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return Object.values(value as object).map(display).join(' ');
  return String(value);
}

for (const name of Object.keys(SCHEMAS) as CollectionName[]) {
  const labels = labelsOf(SCHEMAS[name]);
  const skip = new Set(['slug', 'title', 'summary', 'sample', 'body']);
  CMS.registerPreviewTemplate(
    name,
    createClass({
      render() {
        const data = ((this.props.entry.get('data') as Immutable).toJS() ?? {}) as Record<string, unknown>;
        const rows = Object.entries(labels)
          .filter(([key]) => !skip.has(key))
          .map(([key, label]) => h('tr', { key }, h('th', { scope: 'row' }, label), h('td', null, display(data[key]))));
        return h(
          'div',
          { className: 'page' },
          h(
            'article',
            { className: 'detail' },
            h('h1', null, display(data.title)),
            data.sample ? h('p', null, h('span', { className: 'badge badge--sample' }, '示例')) : null,
            h('p', { className: 'lead' }, display(data.summary)),
            h('table', { className: 'meta-table' }, h('tbody', null, ...rows)),
            h('div', { className: 'prose' }, this.props.widgetFor('body')),
          ),
        );
      },
    }),
  );
}
