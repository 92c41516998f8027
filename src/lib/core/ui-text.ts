/**
 * Words the site says in more than one place that are not field labels (those come from the schemas): one
 * spelling each, shared by pages, feeds, search records and the browser scripts.
 */
export const UI = {
  /** The label on anything invented for demonstration: badges, lists, search results, map popups, print. */
  sample: '示例',
  /** Read out by screen readers after the 示例 badge. */
  sampleSpoken: '（虚构的演示内容）',
  /** A map marker's accessible name for sample figures. */
  sampleData: '示例数据',
  sampleNotice: '本条为虚构的示例内容，仅用于演示本站功能，其中的人物、单位和数字均非真实信息。',
  posterSampleNotice: '本海报为虚构的示例内容，仅用于演示，其中的人物、单位和数字均非真实信息。',
  /** The search's switch for entries no longer offered (UNLISTED in src/search/state.ts). */
  includeWithdrawn: '包括已下架的项目和已失效的培训机构',
  /** A recognised training institution whose 有效期 has passed. */
  trainingExpired: '认定已过期',
} as const;

/** 「（示例）」 after a name in a table or a feed title. */
export const sampleSuffix = (sample: boolean) => (sample ? `（${UI.sample}）` : '');
