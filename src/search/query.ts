/**
 * What the search does to a query before Pagefind sees it: a budget phrase becomes the 投资预算 filter (so the URL
 * shows it and it can be removed), traditional characters become simplified, and what is left is the words to
 * search. Pure functions, unit-tested; the search island and /start/ use them.
 */
import { BUDGET_STEPS, SMALL_BUDGET, SMALL_BUDGET_WORDS } from '../schemas/taxonomies.ts';

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 「五万」「十万」: Chinese numerals up to 十. */
const normaliseDigits = (q: string) => q.replace(/([一二两三四五六七八九十])(?=\s*万)/g, (d) => String(CN_DIGITS[d]));

const BUDGET_PATTERNS: RegExp[] = [
  // 5万以下 / 3万以内 / 10万元以内 / 5万左右 / 5万块以内
  new RegExp(`${NUMBER}\\s*万\\s*(?:元|块)?\\s*(?:以下|以内|之内|内|左右|上下|的?预算)`),
  // 不超过10万 / 少于5万 / 预算3万 / 只有5万
  new RegExp(`(?:不超过|不到|少于|低于|小于|最多|至多|预算|只有|仅有|手头)\\s*${NUMBER}\\s*万`),
  // 30000元以下
  new RegExp(`${NUMBER}\\s*(?:元|块)\\s*(?:以下|以内|之内)`),
];

/** The budget step (万元) a typed amount allows: the largest step not above it. */
export function budgetStep(wan: number): number | undefined {
  if (!Number.isFinite(wan) || wan <= 0) return undefined;
  return [...BUDGET_STEPS].reverse().find((s) => s <= wan) ?? BUDGET_STEPS[0];
}

/** Leftover words that say nothing once the budget is taken out: 「3万以内的项目」 leaves 「的项目」. */
const FILLER = /^(?:的|项目|创业|可以|能|做|什么|有|哪些|适合|投资|启动|开|的项目|创业项目)+$/;

export interface ParsedQuery {
  /** The words to search, traditional characters already simplified. */
  text: string;
  /** 投资预算 step in 万元, when the query named one. */
  budget?: number;
}

export function parseQuery(raw: string, toSimplified: (q: string) => string = (q) => q): ParsedQuery {
  let q = normaliseDigits(toSimplified(raw.trim()));
  let budget: number | undefined;
  for (const pattern of BUDGET_PATTERNS) {
    const m = pattern.exec(q);
    if (!m?.[1]) continue;
    const amount = Number(m[1]);
    budget = budgetStep(/元|块/.test(m[0]) && !/万/.test(m[0]) ? amount / 10_000 : amount);
    q = q.replace(m[0], ' ');
    break;
  }
  if (budget === undefined) {
    const word = SMALL_BUDGET_WORDS.find((w) => q.includes(w));
    if (word) {
      budget = SMALL_BUDGET;
      q = q.replace(word, ' ');
    }
  }
  let text = q.replace(/\s+/g, ' ').trim();
  if (budget !== undefined && FILLER.test(text.replace(/\s/g, ''))) text = '';
  return { text, ...(budget !== undefined ? { budget } : {}) };
}

/** A traditional → simplified converter from a character map (built from the site's own characters). */
export function simplifier(map: Record<string, string>): (q: string) => string {
  return (q) => [...q].map((ch) => map[ch] ?? ch).join('');
}
