/**
 * Web addresses (slugs) from Chinese names, so that nobody has to invent an English one: the import command, the
 * CMS and the 项目征集 form all suggest the pinyin of the title, which the editor may still change. The reading
 * of the characters is passed in: pinyin-pro at build time and in tools, a small table in the browser.
 */
import { SLUG_PATTERN } from '../../schemas/field.ts';

/** The toneless pinyin syllables of a run of Chinese characters, one per character. */
export type Reading = (han: string) => string[];

/** Syllables and ASCII words of a text, lower case: 「SYB 培训班」 → ['syb', 'pei', 'xun', 'ban']. */
function words(text: string, reading: Reading): string[] {
  const out: string[] = [];
  for (const part of text.normalize('NFKC').toLowerCase().match(/[a-z0-9]+|\p{Script=Han}+/gu) ?? []) {
    if (/^[a-z0-9]/.test(part)) out.push(part);
    else out.push(...reading(part).map((s) => s.replace(/[^a-z]/g, '')));
  }
  return out.filter(Boolean);
}

/** Makes a candidate match the slug pattern: starts with a letter, nothing but a–z, 0–9 and single hyphens. */
function tidy(candidate: string, fallback: string): string {
  const s = candidate.replace(/-+/g, '-').replace(/^[^a-z]+/, '').replace(/-$/, '');
  return SLUG_PATTERN.test(s) ? s : fallback;
}

/** Avoids the slugs already taken by adding -2, -3 …. */
function unique(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** A title's slug: its first syllables joined by hyphens, e.g. 社区旧衣回收再造 → she-qu-jiu-yi-hui-shou-zai-zao. */
export function titleSlug(title: string, reading: Reading, taken: ReadonlySet<string> = new Set(), maxWords = 8): string {
  return unique(tidy(words(title, reading).slice(0, maxWords).join('-'), 'entry'), taken);
}

/** Administrative suffixes a city's address leaves out: 成都市 → chengdu, 延边朝鲜族自治州 → yanbianchaoxianzu. */
const CITY_SUFFIX = /(特别行政区|自治州|地区|市|盟)$/u;

/** A city's slug: the pinyin of its name without 市/地区/盟/自治州, written as one word. */
export function citySlug(name: string, reading: Reading, taken: ReadonlySet<string> = new Set()): string {
  return unique(tidy(words(name.trim().replace(CITY_SUFFIX, ''), reading).join(''), 'city'), taken);
}

/** Syllable → the characters read so, as /pinyin.json serves it; the browser's reading. */
export type PinyinTable = Record<string, string>;

export function tableReading(table: PinyinTable): Reading {
  const map = new Map<string, string>();
  for (const [syllable, chars] of Object.entries(table)) for (const c of chars) map.set(c, syllable);
  return (han) => Array.from(han, (c) => map.get(c) ?? '');
}
