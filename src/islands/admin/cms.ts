/**
 * Extends Decap CMS (loaded before this module from /admin/decap/decap-cms.js): previews that use the site's own
 * CSS, and a preSave check that runs the collection's zod schema — the editor cannot save what the build refuses.
 */
import { UI } from '../../lib/core/ui-text.ts';
import type { CollectionName } from '../../schemas/field.ts';
import { entryProblems, type EditableName } from '../../schemas/validate.ts';
import { fieldsOf, labelsOf } from '../../schemas/walk.ts';
import { SCHEMAS } from '../../schemas/index.ts';
import { publicData, withheldFields } from '../../schemas/personal.ts';
import { pinyinReading } from '../../lib/core/pinyin.ts';
import { citySlug, titleSlug } from '../../lib/core/slugify.ts';
import { asText } from '../../lib/core/format.ts';
import { mergePhrases, watchLibraryLabels, ZH_HANS } from './locale.ts';

type Immutable = { get(key: string): unknown; set(key: string, value: unknown): Immutable; delete(key: string): Immutable; toJS(): unknown; getIn(path: string[]): unknown };
interface PreviewProps {
  entry: Immutable;
  widgetFor(name: string): unknown;
}
interface DecapGlobal {
  init(): void;
  registerLocale(locale: string, phrases: object): void;
  getLocale(locale: string): object | undefined;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEventListener(listener: { name: string; handler: (arg: { entry: Immutable }) => unknown }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: DecapGlobal;
    h: (tag: string, props: object | null, ...children: unknown[]) => unknown;
    createClass: (spec: { render(this: { props: PreviewProps }): unknown }) => unknown;
  }
}

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;

/** Decap starts itself as soon as its bundle has run unless told not to. Told so, it waits until the locale, the
 * previews and the save check below are registered, and starts at the end of this module: its first render is
 * already in Chinese. */
window.CMS_MANUAL_INIT = true;
await new Promise<void>((resolve, reject) => {
  const bundle = document.createElement('script');
  bundle.src = meta('cms-bundle') ?? '/admin/decap/decap-cms.js';
  bundle.onload = () => resolve();
  bundle.onerror = () => reject(new Error(`Decap CMS 未能加载：${bundle.src}`));
  document.body.append(bundle);
});

const { CMS, h, createClass } = window;

// Decap's zh_Hans, completed, and its libraries' few English labels (./locale.ts).
CMS.registerLocale('zh_Hans', mergePhrases((CMS.getLocale('zh_Hans') ?? {}) as Parameters<typeof mergePhrases>[0], ZH_HANS));
watchLibraryLabels(document.body);

const takenIds = JSON.parse(meta('cms-ids') ?? '{}') as Partial<Record<string, string[]>>;

/** A new entry saved without a 网址标识 gets one from its title (a city from its name) in pinyin. */
function withSlug(entry: Immutable, data: Immutable): Immutable {
  const collection = String(entry.get('collection'));
  if (!entry.get('newRecord') || data.get('slug') || !(collection in SCHEMAS)) return data;
  const title = asText(data.get(collection === 'cities' ? 'name' : 'title') ?? data.get('title')).trim();
  if (!title) return data;
  const taken = new Set(takenIds[collection] ?? []);
  return data.set('slug', collection === 'cities' ? citySlug(title, pinyinReading, taken) : titleSlug(title, pinyinReading, taken));
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

/** Optional fields the editor left blank (an untouched 专家论证记录, a cleared date) are not written at all. */
function withoutBlanks(collection: string, data: Immutable): Immutable {
  const schema = collection in SCHEMAS ? SCHEMAS[collection as CollectionName] : undefined;
  if (!schema) return data;
  const plain = data.toJS() as Record<string, unknown>;
  let out = data;
  for (const [key, info] of Object.entries(fieldsOf(schema))) if (!info.required && key in plain && isEmpty(plain[key])) out = out.delete(key);
  return out;
}

/** What the save check says. Decap shows a thrown error as text, 「保存内容失败: <error>」: with no name, the
 * error reads as its Chinese message alone, not 「Error: …」. */
class SaveRefused extends Error {
  constructor(problems: string[]) {
    super(`无法保存，请先修改：\n${problems.join('\n')}`);
    this.name = '';
  }
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection') as EditableName;
    const data = withSlug(entry, withoutBlanks(collection, entry.get('data') as Immutable));
    const found = entryProblems(collection, data.toJS());
    if (found.length) throw new SaveRefused(found);
    // Decap names the file after the data returned here.
    return data;
  },
});

const siteCss = meta('site-css');
if (siteCss) CMS.registerPreviewStyle(siteCss);

/** Which site this is, where the editors' guide is and whom to ask: a slim bar below Decap's own interface,
 * which fills the rest of the page (its header is fixed at the top). */
function infoBar(): HTMLElement {
  const bar = document.createElement('aside');
  bar.setAttribute('aria-label', '内容管理说明');
  bar.className = 'cms-bar';
  Object.assign(bar.style, {
    position: 'fixed',
    insetInline: '0',
    bottom: '0',
    zIndex: '1000',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.25em 1.5em',
    padding: '0.3em 1em',
    background: '#1d3a5f',
    color: '#fff',
    font: '14px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  });
  const link = (text: string, href: string) => {
    const a = document.createElement('a');
    a.textContent = text;
    a.href = href;
    a.style.color = '#fff';
    return a;
  };
  const name = document.createElement('strong');
  name.textContent = `${meta('cms-site') ?? ''} · 内容管理`;
  const contact = document.createElement('span');
  const email = meta('cms-contact');
  contact.append('遇到问题请联系：', ...(email ? [link(email, `mailto:${email}`)] : []));
  const inspect = meta('cms-inspect');
  // Where 「发布」 goes (a review branch, the workflow, or this machine), so nobody publishes believing otherwise.
  const target = document.createElement('span');
  target.dataset.publishTarget = '';
  target.textContent = meta('cms-publish') ?? '';
  bar.append(name, link('编辑指南', meta('cms-guide') ?? '/admin/guide/'), ...(inspect ? [link('网站自查', inspect)] : []), link('访问统计', '/admin/stats/'), link('坐标换算', '/admin/coords/'), link('返回网站', '/'), contact, target);
  return bar;
}
document.body.append(infoBar());

function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.map(display).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return Object.values(value).map(display).join(' ');
  return asText(value);
}

for (const name of Object.keys(SCHEMAS) as CollectionName[]) {
  const labels = labelsOf(SCHEMAS[name]);
  const fields = fieldsOf(SCHEMAS[name]);
  const skip = new Set(['slug', 'title', 'summary', 'sample', 'body']);
  CMS.registerPreviewTemplate(
    name,
    createClass({
      render() {
        const entered = ((this.props.entry.get('data') as Immutable).toJS() ?? {}) as Record<string, unknown>;
        // The preview shows what the site will publish: personal fields without consent stay out of it.
        const data = publicData(fields, entered);
        const withheld = withheldFields(fields, entered);
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
            data.sample ? h('p', null, h('span', { className: 'badge badge--sample' }, UI.sample)) : null,
            h('p', { className: 'lead' }, display(data.summary)),
            h('table', { className: 'meta-table' }, h('tbody', null, ...rows)),
            withheld.length
              ? h('p', { className: 'notice' }, `未经本人同意，不公开：${withheld.map((f) => f.label).join('、')}（只供编辑审核使用）`)
              : null,
            h('div', { className: 'prose' }, this.props.widgetFor('body')),
          ),
        );
      },
    }),
  );
}

CMS.init();
