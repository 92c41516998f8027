/**
 * The search island: runs Pagefind's JS API against the URL's state, renders results and facet counts, and keeps
 * the URL in step. Loaded only by /search/; the index is fetched on demand from /pagefind/.
 * Every string from the index reaches the page as text (textContent, or the excerpt rebuilt node by node).
 */
import {
  boostsExactPhrase,
  exactFirst,
  holdsWords,
  INDEX_ONLY_MARK,
  isEmpty,
  officialFirst,
  pagefindFilters,
  readState,
  toggleFilter,
  writeState,
  type SearchState,
} from '../state.ts';
import { parseQuery, simplifier } from '../query.ts';
import { UI } from '../../lib/core/ui-text.ts';
import { required } from '../../islands/elements.ts';
import { openIndex, type Pagefind, type PagefindResult, type ResultData } from './search-parts.ts';
import { readPageId, SHARDS_FILE, type PageOrigin } from '../shards.ts';
import { searchBeacon } from '../../lib/core/beacons.ts';

type Labels = Record<string, { label: string; values: Record<string, string>; collections: string[] }>;

const PAGE = 10;
/** How many official documents a query's ranking reads (their text decides whether they hold its words). */
const OFFICIAL_READ = 5;
const LONG_FACETS = ['city', 'province'];
/** Fewer results than this, and the page suggests where else to look. */
const WEAK = 3;
/**
 * Ranking: Pagefind's default length normalisation sinks long documents, and the notice and the work plan — the
 * pages that answer most policy questions — are the longest on the site. Term frequency and saturation are left
 * near the defaults. https://pagefind.app/docs/ranking/
 */
const RANKING = { pageLength: 0.1, termFrequency: 1.0, termSaturation: 1.6, termSimilarity: 1.0 };
// A variable path keeps the bundler from resolving the index at build time: it only exists in dist/.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const PARTS_URL = `/${SHARDS_FILE}`;

/** Pagefind's excerpt is HTML with <mark>; rebuild it from text nodes and marks only. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

/** An excerpt that reaches into the index-only text (its mark, a box on screen), or three or more Latin words in a
 * row: pinyin or aliases from that text, not the page's own prose. */
const fromIndexOnly = (excerpt: string) =>
  excerpt.includes(INDEX_ONLY_MARK) || /(?:\b[a-z]{2,}\b[^\p{Script=Han}<]*){3,}/u.test(excerpt.replace(/<\/?mark>/g, ''));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function formatDate(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** The elements of /search/ the island drives. */
interface Parts {
  facets: HTMLDetailsElement;
  jump: HTMLElement;
  form: HTMLFormElement;
  q: HTMLInputElement;
  withdrawn: HTMLInputElement;
  sort: HTMLSelectElement;
  more: HTMLButtonElement;
  note: HTMLElement;
  list: HTMLElement;
  empty: HTMLElement;
  status: HTMLElement;
  emptyTitle: HTMLElement;
  emptySuggestions: HTMLElement;
}

class PortalSearch extends HTMLElement {
  /** Opened once: the first search and the counts may ask for it at the same time, and a part merged twice counts twice. */
  private pagefind: Promise<Pagefind> | undefined;
  private labels: Labels = {};
  private keys: string[] = [];
  private state: SearchState = { q: '', filters: {}, sort: 'relevance' };
  /** The last query the server's log was told of. */
  private told = '';
  private results: PagefindResult[] = [];
  private toSimplified?: (q: string) => string;
  /** The words searched for, after reading budgets and simplifying; empty for a filter-only search. */
  private words = '';
  /** Where the page was scrolled when a filter was ticked, restored once the results are redrawn. */
  private keepScroll?: number;
  private shown = 0;
  private run = 0;
  /** Whether every filter's index has been loaded (see showCounts). */
  private countsLoaded = false;

  /** The page's parts this island drives, found once (src/islands/elements.ts). */
  private el!: Parts;

  connectedCallback() {
    const els = required('search-page', {
      facets: this.querySelector<HTMLDetailsElement>('[data-facets]'),
      jump: this.querySelector<HTMLElement>('[data-filter-jump]'),
      form: this.querySelector<HTMLFormElement>('form'),
      q: this.querySelector<HTMLInputElement>('#search-q'),
      withdrawn: this.querySelector<HTMLInputElement>('[data-withdrawn]'),
      sort: this.querySelector<HTMLSelectElement>('[data-sort]'),
      more: this.querySelector<HTMLButtonElement>('[data-more]'),
      note: this.querySelector<HTMLElement>('[data-note]'),
      list: this.querySelector<HTMLElement>('[data-list]'),
      empty: this.querySelector<HTMLElement>('[data-empty]'),
      status: this.querySelector<HTMLElement>('[data-status]'),
      emptyTitle: this.querySelector<HTMLElement>('[data-empty-title]'),
      emptySuggestions: this.querySelector<HTMLElement>('[data-empty-suggestions]'),
    });
    if (!els) return;
    this.el = els;
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    this.keys = Object.keys(this.labels);
    const facets = this.el.facets;
    facets.hidden = false;
    // Open beside the results on wide screens; on a phone the results come first and the panel folds.
    facets.open = matchMedia('(min-width: 48rem)').matches;
    // On a phone the filters follow the results; 「筛选」 opens them and moves there.
    this.el.jump.addEventListener('click', () => {
      facets.open = true;
    });

    this.el.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const q = this.el.q.value.trim();
      this.navigate({ ...this.state, q });
    });
    // The counts beside the filters need every filter's index, the largest part of a first search: they are loaded
    // once the results are on the page, and only while the panel is open (on a phone, when it is opened).
    facets.addEventListener('toggle', () => {
      if (facets.open) void this.showCounts(this.run);
    });
    this.el.facets.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      this.keepScroll = window.scrollY;
      this.navigate(toggleFilter(this.state, box.name, box.value, box.checked));
    });
    this.el.withdrawn.addEventListener('change', (e) => {
      this.keepScroll = window.scrollY;
      this.navigate({ ...this.state, withdrawn: (e.target as HTMLInputElement).checked });
    });
    this.el.sort.addEventListener('change', (e) => {
      this.navigate({ ...this.state, sort: (e.target as HTMLSelectElement).value === 'date' ? 'date' : 'relevance' });
    });
    this.el.more.addEventListener('click', () => void this.showMore(true));
    window.addEventListener('popstate', () => void this.load());
    void this.load();
  }

  private navigate(state: SearchState) {
    history.pushState(null, '', `/search/${writeState(state, this.keys)}`);
    void this.load();
  }

  private index(): Promise<Pagefind> {
    this.pagefind ??= openIndex(PAGEFIND_URL, PARTS_URL, { excerptLength: 40, ranking: RANKING }).catch((e: unknown) => {
      // A failed load (the network) is tried again by the next search.
      this.pagefind = undefined;
      throw e;
    });
    return this.pagefind;
  }

  /** Traditional → simplified for the site's characters (/search/t2s.json), fetched the first time it is needed. */
  private async simplify(q: string): Promise<string> {
    if (!/[^\p{ASCII}]/u.test(q)) return q;
    if (!this.toSimplified) {
      const res = await fetch('/search/t2s.json');
      this.toSimplified = simplifier(res.ok ? ((await res.json()) as Record<string, string>) : {});
    }
    return this.toSimplified(q);
  }

  /**
   * What the typed query means: a budget phrase becomes the 投资预算 filter, written into the URL so it can be
   * shared and removed; traditional characters are searched as simplified. Says so above the results.
   */
  private async interpret(): Promise<string> {
    const typed = this.state.q;
    const simplified = await this.simplify(typed);
    const parsed = parseQuery(simplified);
    const notes: string[] = [];
    if (parsed.budget !== undefined && !this.state.filters.budget?.length) {
      this.state = { ...this.state, q: parsed.text, filters: { ...this.state.filters, budget: [String(parsed.budget)] } };
      history.replaceState(null, '', `/search/${writeState(this.state, this.keys)}`);
      this.syncControls();
      notes.push(`已把「${typed}」理解为筛选条件「投资预算：${this.labels.budget?.values[String(parsed.budget)] ?? `${parsed.budget}万元以内`}」，可在筛选条件中取消。`);
    } else if (simplified !== typed) {
      notes.push(`已按简体「${parsed.text}」搜索。`);
    }
    this.el.note.textContent = notes.join(' ');
    this.el.note.hidden = notes.length === 0;
    return parsed.budget !== undefined ? parsed.text : simplified;
  }

  /** Reads the URL, searches, and renders; a newer call supersedes an older one still in flight. */
  private async load() {
    const run = ++this.run;
    this.state = readState(new URLSearchParams(location.search), this.keys);
    this.syncControls();
    // Until the new results are on the page, the count must not be the previous search's.
    this.status('正在搜索…');
    const pagefind = await this.index();
    const q = await this.interpret();
    if (run !== this.run) return;
    this.words = q;
    const { sort } = this.state;
    if (isEmpty(this.state)) {
      // With nothing searched the counts are the page: load them now.
      const all = await pagefind.filters();
      this.countsLoaded = true;
      if (run !== this.run) return;
      this.renderCounts((key) => all[key] ?? {});
      this.results = [];
      this.el.list.replaceChildren();
      this.el.more.hidden = true;
      this.el.empty.hidden = true;
      this.status('请输入关键词，或在左侧选择筛选条件。');
      return;
    }
    const main = await pagefind.search(q || null, this.options());
    const exact = sort === 'relevance' && boostsExactPhrase(q) ? await pagefind.search(`"${q}"`, this.options()) : null;
    // Which hits are samples, and which official documents hold the query's words as typed (not only through a
    // synonym the site adds): their ids say their origin (src/search/shards.ts); the best few documents are read.
    const byOrigin = (origin: PageOrigin) => (sort === 'relevance' && q ? main?.results.filter((r) => readPageId(r.id)?.origin === origin) ?? [] : []);
    const [officialHits, sampleHits] = [byOrigin('official'), byOrigin('sample')];
    const sample = new Set(sampleHits.map((r) => r.id));
    const official = new Set(
      (
        await Promise.all(
          officialHits.slice(0, OFFICIAL_READ).map(async (r) => {
            const d = await r.data();
            return holdsWords(d.meta.title ?? '', d.content, q) ? r.id : '';
          }),
        )
      ).filter(Boolean),
    );
    if (run !== this.run || !main) return;
    // An official document that holds the words as typed matches the phrase, whatever Pagefind's segmenter made of
    // its sentence: it counts with the exact hits, so a sample entry with the phrase in its title cannot outrank it.
    const phraseHits = exact ? [...exact.results, ...main.results.filter((r) => official.has(r.id))] : [];
    const ordered = exactFirst(phraseHits, main.results);
    const exactIds = new Set(phraseHits.map((r) => r.id));
    const exactCount = ordered.filter((r) => exactIds.has(r.id)).length;
    this.results = [
      ...officialFirst(ordered.slice(0, exactCount), official, sample),
      ...officialFirst(ordered.slice(exactCount), official, sample),
    ];
    this.shown = 0;
    this.renderSuggestions(q);
    await this.showMore(false, true);
    if (this.keepScroll !== undefined) window.scrollTo({ top: this.keepScroll });
    delete this.keepScroll;
    // Announced once the first results are on the page, so what is heard matches what is there.
    if (run === this.run) {
      this.status(this.results.length ? `找到 ${this.results.length} 条结果` : '没有找到符合条件的内容');
      this.tellLog(q, this.results.length);
    }
    if (this.el.facets.open || this.countsLoaded) await this.showCounts(run);
  }

  private options(except?: string) {
    return {
      filters: pagefindFilters(this.state, except),
      ...(this.state.sort === 'date' ? { sort: { date: 'desc' } } : {}),
    };
  }

  /** The facet counts of the current search, loading every filter's index the first time. A facet with ticks counts
   * as if its own ticks were off, so its other values show what adding them gives. */
  private async showCounts(run: number) {
    if (isEmpty(this.state)) return;
    const pagefind = await this.index();
    if (!this.countsLoaded) {
      await pagefind.filters();
      this.countsLoaded = true;
    }
    const q = this.words;
    const main = await pagefind.search(q || null, this.options());
    const own = Object.fromEntries(
      await Promise.all(
        Object.keys(this.state.filters).map(async (key) => [key, (await pagefind.search(q || null, this.options(key)))?.filters[key] ?? {}] as const),
      ),
    );
    if (run !== this.run || !main) return;
    this.renderCounts((key) => own[key] ?? main.filters[key] ?? {});
  }

  /**
   * Tells the server's log what was searched and how many results it found (src/lib/core/beacons.ts): once a query,
   * as typed with no filter ticked, so that /admin/stats/ counts the searches that found nothing.
   */
  private tellLog(q: string, results: number) {
    if (!q || q === this.told || Object.keys(this.state.filters).length) return;
    this.told = q;
    void fetch(searchBeacon(q, results), { credentials: 'omit', cache: 'no-store' }).catch(() => {});
  }

  private status(text: string) {
    this.el.status.textContent = text;
  }

  private syncControls() {
    this.el.q.value = this.state.q;
    const header = document.querySelector<HTMLInputElement>('#header-q');
    if (header) header.value = this.state.q;
    this.el.sort.value = this.state.sort;
    this.el.withdrawn.checked = Boolean(this.state.withdrawn);
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-facets] input[type=checkbox]')) {
      box.checked = (this.state.filters[box.name] ?? []).includes(box.value);
    }
    // The site name comes from the settings, through the page.
    const site = this.dataset.siteName ?? '';
    document.title = `${this.state.q ? `“${this.state.q}”的搜索结果` : '站内搜索'} - ${site}`;
  }

  /**
   * Counts beside each value; values with nothing to add are disabled unless ticked. City values come from the
   * index. A facet that does not apply to the chosen 栏目 (行业 for policies …) is not shown.
   */
  private renderCounts(countsFor: (key: string) => Record<string, number>) {
    const types = this.state.filters.type ?? [];
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-facet]')) {
      const key = fieldset.dataset.facet!;
      const applies = types.length === 0 || (this.labels[key]?.collections ?? []).some((c) => types.includes(c));
      const counts = countsFor(key);
      const list = fieldset.querySelector('ul');
      if (!list) continue;
      if (key === 'city') this.ensureValues(list, key, Object.keys(counts));
      for (const box of fieldset.querySelectorAll<HTMLInputElement>('input')) {
        const n = counts[box.value] ?? 0;
        const count = box.closest('label')?.querySelector('.facet__count');
        if (count) count.textContent = `（${n}）`;
        box.disabled = n === 0 && !box.checked;
        // Long lists (cities, provinces) show only values that add something; short ones show all, greyed.
        const item = box.closest('li');
        if (item) item.hidden = n === 0 && !box.checked && LONG_FACETS.includes(key);
      }
      const ticked = (this.state.filters[key] ?? []).length > 0;
      const nothing = Object.values(counts).every((n) => n === 0);
      fieldset.hidden = !ticked && (!applies || nothing || [...fieldset.querySelectorAll('li')].every((li) => li.hidden));
    }
  }

  private ensureValues(list: HTMLUListElement, key: string, values: string[]) {
    const have = new Set([...list.querySelectorAll('input')].map((i) => i.value));
    for (const v of [...values, ...(this.state.filters[key] ?? [])].sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
      if (have.has(v)) continue;
      have.add(v);
      const li = el('li');
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = v;
      box.checked = (this.state.filters[key] ?? []).includes(v);
      label.append(box, el('span', 'facet__label', v), el('span', 'facet__count'));
      li.append(label);
      list.append(li);
    }
  }

  /** The next page of results; `fresh` replaces the previous search's in one step, so the list never flickers empty. */
  private async showMore(moveFocus: boolean, fresh = false) {
    const run = this.run;
    const next = this.results.slice(this.shown, this.shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.run) return;
    const items = data.map((d) => this.renderResult(d));
    if (fresh) this.el.list.replaceChildren(...items);
    else this.el.list.append(...items);
    this.shown += next.length;
    const more = this.el.more;
    more.hidden = this.shown >= this.results.length;
    more.textContent = `加载更多（还有 ${this.results.length - this.shown} 条）`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private renderResult(d: ResultData): HTMLLIElement {
    const li = el('li', 'result');
    const meta = el('p', 'result__meta');
    if (d.meta.sample) meta.append(el('span', 'badge badge--sample', d.meta.sample));
    meta.append(el('span', 'badge badge--info', d.meta.type ?? ''));
    // 项目状态 on every project, 有效性 on every policy, as on their pages.
    if (d.meta.status) meta.append(el('span', `badge badge--${d.meta.status_tone ?? 'info'}`, d.meta.status));
    if (d.meta.date) {
      const time = el('time', undefined, formatDate(d.meta.date));
      time.dateTime = d.meta.date;
      meta.append(time);
    }
    if (d.meta.city) meta.append(el('span', 'result__city', d.meta.city));
    const heading = el('h3', 'result__title');
    const link = el('a', undefined, d.meta.title ?? d.url);
    link.href = d.url;
    heading.append(link);
    const excerpt = el('p', 'result__excerpt');
    // Without search words (filters only) Pagefind's excerpt is the page's first lines, and a page found through
    // its index-only words (pinyin, synonyms) would show those: either way, show what the editor wrote about it.
    if (!this.words || fromIndexOnly(d.excerpt)) excerpt.textContent = d.meta.summary ?? '';
    else excerpt.append(...excerptNodes(d.excerpt));
    li.append(heading, meta, excerpt);
    return li;
  }

  /**
   * With no or few results: buttons to drop each filter (or all of them), and where else to look — 我要创业 by
   * group, budget and city, the sections, and 项目征集 for a project nobody offers yet.
   */
  private renderSuggestions(q: string) {
    const box = this.el.empty;
    box.hidden = this.results.length >= WEAK;
    this.el.emptyTitle.textContent = this.results.length
      ? `只找到 ${this.results.length} 条结果，还可以试试：`
      : '没有找到符合条件的内容。可以试试：';
    const list = this.el.emptySuggestions;
    list.replaceChildren();
    const item = (...children: (Node | string)[]) => {
      const li = el('li');
      li.append(...children);
      list.append(li);
    };
    const button = (text: string, next: SearchState) => {
      const b = el('button', 'link-button', text);
      b.type = 'button';
      b.addEventListener('click', () => this.navigate(next));
      item(b);
    };
    const link = (text: string, href: string) => {
      const a = el('a', undefined, text);
      a.href = href;
      return a;
    };
    for (const [key, values] of Object.entries(this.state.filters)) {
      const facet = this.labels[key];
      for (const v of values) button(`去掉筛选条件「${facet?.label ?? key}：${facet?.values[v] ?? v}」`, toggleFilter(this.state, key, v, false));
    }
    if (q && Object.keys(this.state.filters).length) button('只用关键词搜索，不加筛选', { ...this.state, filters: {} });
    if (!this.state.withdrawn) button(UI.includeWithdrawn, { ...this.state, withdrawn: true });
    if (!Object.keys(this.state.filters).length) item('换一个更短或更常用的关键词，例如「贷款」「孵化」「培训」');
    item('按人群、预算和城市找项目、孵化基地和政策：', link('我要创业', '/start/'));
    if (q) item('还没有人提供这样的项目？欢迎', link('通过项目征集提交', '/projects/call/'), '。');
  }
}

customElements.define('portal-search', PortalSearch);
