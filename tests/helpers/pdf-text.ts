/**
 * A printout's text as a reader sees it. A PDF's text comes from its fonts' glyph-to-character tables, and CJK fonts
 * share one glyph between an ideograph and its radical form: the PDF may then say ⽰ for 示 (a Kangxi radical,
 * which NFKC folds back) or ⻓ for 长 (a radical of the CJK Radicals Supplement, which NFKC leaves alone). The
 * second kind is folded here with the pairs Noto Sans/Serif CJK draw with one glyph (read from the fonts' cmaps
 * with fontTools: every U+2E80–U+2EFF code point whose glyph also serves a unified ideograph). Lines break
 * mid-sentence, so white space goes too; NFKC also turns full-width punctuation into ASCII.
 */
const SUPPLEMENT_PAIRS =
  '⺂乛 ⺃乚 ⺅亻 ⺉刂 ⺋㔾 ⺎兀 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺘扌 ⺙攵 ⺛旡 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺣灬 ⺤爫 ⺦丬 ⺨犭 ⺫罒 ⺭礻 ⺯糹 ⺰纟 ⺱罓 ' +
  '⺲罒 ⺳㓁 ⺹耂 ⺺肀 ⺾艹 ⺿艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 ⻘青 ⻙韦 ⻚页 ⻛风 ' +
  '⻜飞 ⻝食 ⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

const FOLD = new Map(SUPPLEMENT_PAIRS.split(' ').map((pair) => [...pair] as [string, string]));

export const plainPdfText = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u2e80-\u2eff]/g, (c) => FOLD.get(c) ?? c)
    .replace(/\s+/g, '');
