/**
 * Words people use for the same thing, in one table. At build time a page that uses any word of a group is also
 * indexed under the group's other words and aliases (src/search/terms.ts), so 税收减免 finds the plan that
 * says 税费减免 and `loan` finds 贷款 — without a word list in the browser. Only true equivalences belong here: a
 * group that most pages touch (创业培训, 开业) would make every page match every query of the group.
 */
export interface SynonymGroup {
  /** Chinese wordings, the most official first. */
  words: readonly string[];
  /** Pinyin and English a reader might type instead. */
  aliases?: readonly string[];
}

export const SYNONYMS: readonly SynonymGroup[] = [
  { words: ['小额担保贷款', '创业担保贷款', '小额贷款', '贷款'], aliases: ['daikuan', 'loan', 'microloan'] },
  { words: ['税费减免', '税收减免', '减税', '免税', '税收优惠'], aliases: ['jianshui', 'tax'] },
  { words: ['创业孵化基地', '孵化基地', '创业园', '孵化器', '孵化园', '众创空间', '孵化站'], aliases: ['fuhua', 'incubator'] },
  { words: ['下岗失业人员', '下岗', '失业', '失业人员', '下岗职工'], aliases: ['xiagang', 'unemployed'] },
  { words: ['高校毕业生', '大学生', '大学毕业生', '毕业生'], aliases: ['daxuesheng', 'graduate', 'student'] },
  { words: ['农民工', '返乡', '返乡创业', '农村劳动者', '返乡农民工'], aliases: ['fanxiang', 'nongmingong'] },
  { words: ['复员转业退伍军人', '退役军人', '复员', '转业', '退伍军人', '复员军人'], aliases: ['tuiyi', 'veteran'] },
  { words: ['残疾人', '残障人士'], aliases: ['canjiren', 'disabled'] },
  { words: ['电子商务', '电商', '网店'], aliases: ['dianshang', 'ecommerce'] },
  { words: ['开店', '店面', '门店', '店铺', '商铺', '铺面'], aliases: ['kaidian', 'shop'] },
  // 行业 values are GB/T 4754 category names; people type the everyday word.
  { words: ['农、林、牧、渔业', '农业', '种植业', '养殖业', '林业', '畜牧业', '渔业'], aliases: ['nongye', 'agriculture'] },
  { words: ['住宿和餐饮业', '餐饮', '餐饮业', '饭店', '餐馆'], aliases: ['canyin', 'catering'] },
  { words: ['批发和零售业', '零售', '批发', '商贸'], aliases: ['lingshou', 'retail'] },
  { words: ['信息传输、软件和信息技术服务业', '软件', '互联网', '信息技术'], aliases: ['ruanjian', 'software', 'IT'] },
  { words: ['居民服务、修理和其他服务业', '家政服务', '维修服务'], aliases: ['jumin fuwu'] },
];
