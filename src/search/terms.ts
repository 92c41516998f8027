/**
 * Words a page is findable by that it does not itself show: the pinyin of its title and city names (full and
 * initials: chengdu, cd), and the other words and aliases of every synonym group it uses (src/schemas/synonyms.ts).
 * Computed at build time into index-only text (src/search/components/SearchMeta.astro), so the browser stays light.
 * Also the traditional → simplified map for the site's own characters, which the search page applies to queries.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { SYNONYMS } from '../schemas/synonyms.ts';

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** 「社区早餐连锁店」 → ['shequ', 'zaocan', 'liansuo', 'dian', 'shequzaocanliansuodian']; with initials (for
 * place names, which people abbreviate: 成都 → cd) also 'sqzclsd'. */
export function pinyinOf(name: string, options: { initials?: boolean } = {}): string[] {
  const han = [...name].filter((ch) => HAN.test(ch)).join('');
  if (!han) return [];
  const syllables = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true });
  const segments = [...words.segment(han)].map((s) => syllables(s.segment).join('')).filter(Boolean);
  const initials = options.initials ? [pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' }).join('')] : [];
  return [...new Set([...segments, segments.join(''), ...initials])];
}

/** A city's own name without its 市 / 省 suffix, which is how people type it (成都, chengdu). */
const placeName = (name: string) => name.replace(/(特别行政区|自治区|自治州|地区|盟|市|省)$/, '');

const synonymsIn = (text: string) =>
  SYNONYMS.filter((g) => g.words.some((w) => text.includes(w))).flatMap((g) => [...g.words, ...(g.aliases ?? [])]);

export interface IndexTerms {
  /** What the page is about: its summary, 发文字号 and 主题分类, the pinyin and synonyms of its title and topics,
   * its places. Weighted up. */
  keywords: string;
  /** Its categorical facts (项目状态, 行业, 人群, 扶持 …) as plain values, without the table's labels. */
  facts: string;
  /** Synonyms of words its body and facts use. Weighted down: mentioned, not the subject. */
  related: string;
}

export function indexTerms(input: {
  title: string;
  summary: string;
  extra?: readonly string[];
  places: readonly string[];
  facts: readonly string[];
  text: string;
}): IndexTerms {
  const subject = [input.title, ...(input.extra ?? [])].join(' ');
  const keywords = new Set<string>([input.summary, ...(input.extra ?? []), ...pinyinOf(input.title), ...synonymsIn(subject)]);
  for (const place of input.places) {
    keywords.add(placeName(place));
    for (const t of pinyinOf(placeName(place), { initials: true })) keywords.add(t);
  }
  const facts = new Set(input.facts.filter((f) => !keywords.has(f)));
  const related = new Set(synonymsIn(`${input.text} ${input.facts.join(' ')}`).filter((t) => !keywords.has(t) && !facts.has(t)));
  return { keywords: [...keywords].join(' '), facts: [...facts].join(' '), related: [...related].join(' ') };
}

/**
 * Traditional → simplified, for every character the site uses that has a different traditional form (mainland,
 * Taiwan and Hong Kong standards). Only the site's own characters: a few kilobytes instead of a whole dictionary.
 */
export function traditionalMap(texts: Iterable<string>): Record<string, string> {
  const converters = [OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
  const chars = new Set<string>();
  for (const text of texts) for (const ch of text) if (HAN.test(ch)) chars.add(ch);
  const map: Record<string, string> = {};
  for (const ch of [...chars].sort()) {
    for (const convert of converters) {
      const t = convert(ch);
      if (t !== ch && [...t].length === 1) map[t] = ch;
    }
  }
  return map;
}
