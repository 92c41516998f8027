/**
 * Pinyin at build time and in tools (pinyin-pro, which reads polyphones from context), and the table of the 6,763
 * characters of GB 2312 that the browser gets instead of the whole library (src/pages/pinyin.json.ts).
 */
import { pinyin } from 'pinyin-pro';
import type { PinyinTable, Reading } from './slugify.ts';

export const pinyinReading: Reading = (han) => pinyin(han, { toneType: 'none', type: 'array', v: true });

/** The GB 2312 characters (rows 16–87: the 6,763 hanzi), each with its most common reading. */
export function pinyinTable(): PinyinTable {
  const gb = new TextDecoder('gb18030');
  const table: PinyinTable = {};
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = gb.decode(new Uint8Array([hi, lo]));
      if (!/\p{Script=Han}/u.test(c)) continue;
      const syllable = pinyinReading(c)[0] ?? '';
      if (/^[a-z]+$/.test(syllable)) table[syllable] = (table[syllable] ?? '') + c;
    }
  }
  return table;
}
