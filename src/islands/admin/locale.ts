/**
 * The admin wholly in Chinese. Decap 3.16's zh_Hans locale lacks 47 of the 248 keys its English has (the Forgejo
 * login button and the editor's notes pane among them) and leaves a few English words in others ("backend",
 * "URL", an English month in the workflow's dates). Decap falls back to English for a missing key, so the
 * editors saw English; these phrases complete the locale, merged over Decap's own (CMS.registerLocale replaces).
 * tests/e2e/cms.spec.ts walks the screens editors meet and counts the English words left.
 */
type Phrases = { [key: string]: string | Phrases };

export const ZH_HANS: Phrases = {
  auth: {
    loginWithForgejo: '使用 Forgejo 登录',
    errors: { identitySettings: '无法连接账户认证服务。请联系技术同事检查内容管理系统的登录设置。' },
  },
  app: {
    app: { errorHeader: '加载内容管理系统的配置时出错', checkConfigYml: '请联系技术同事检查配置文件 config.yml', waitingBackend: '正在连接内容仓库…' },
  },
  collection: {
    collectionTop: { viewAsList: '列表视图', viewAsGrid: '网格视图' },
    entries: { unpublishedHeader: '未发布的条目' },
  },
  editor: {
    // Decap puts the widget's internal name (string, datetime …) into this one; the Chinese leaves it out.
    editorControl: { field: { widgetLabel: '编辑字段' } },
    editorControlPane: { widget: { rangeMin: '%{fieldLabel}至少需要 %{minCount} 项', rangeMax: '%{fieldLabel}最多 %{maxCount} 项' } },
    editorInterface: { toggleNotes: '显示或隐藏备注' },
    editorNotesPane: {
      title: '备注',
      emptyState: '还没有备注。在下面添加第一条备注，与其他编辑协作。',
      addNote: '添加备注',
      addPlaceholder: '添加备注…',
      editPlaceholder: '编辑备注…',
      save: '保存',
      cancel: '取消',
      edit: '编辑',
      delete: '删除',
      resolve: '标为已解决',
      unresolve: '重新打开',
      confirmDelete: '确定要删除这条备注吗？',
      shortcut: '提示：按 Ctrl+Enter 可快速添加备注',
    },
    editorToolbar: {
      statusInfoTooltipDraft: '条目目前是草稿。写好后请把状态改为「审核中」，提交审核。',
      statusInfoTooltipInReview: '条目正在审核，不需要再做什么；审核期间仍可继续修改。',
    },
    editorWidgets: {
      markdown: { strikethrough: '删除线', linkPrompt: '输入链接的网址', toggleMode: { rich: '切换到富文本模式', markdown: '切换到 Markdown 模式' } },
      image: { chooseMultiple: '选择图片', addMore: '添加更多图片', removeAll: '移除全部图片', chooseUrl: '从网址插入', replaceUrl: '用网址替换', promptUrl: '输入图片的网址' },
      file: { chooseMultiple: '选择文件', addMore: '添加更多文件', removeAll: '移除全部文件', chooseUrl: '从网址插入', replaceUrl: '用网址替换', promptUrl: '输入文件的网址' },
      // Decap fills in the field's key (updated, verified …), not its label: left out.
      datetime: { setToNow: '设为今天' },
      list: { addType: '添加%{item}' },
      object: { expand: '展开', collapse: '收起' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copyUrl: '复制网址' },
    mediaLibraryModal: { close: '关闭窗口' },
  },
  ui: {
    settingsDropdown: { account: '账户菜单' },
    errorBoundary: { reportIt: '在 GitHub 上报告这个问题' },
    toast: {
      onBackendDown: '内容仓库服务暂时不可用，详情：%{details}',
      noteAdded: '已添加备注',
      onFailToAddNote: '添加备注失败：%{details}',
      noteUpdated: '已更新备注',
      onFailToUpdateNote: '更新备注失败：%{details}',
      noteDeleted: '已删除备注',
      onFailToDeleteNote: '删除备注失败：%{details}',
      noteResolved: '备注已标为解决',
      noteReopened: '备注已重新打开',
      onFailToToggleNote: '更改备注状态失败：%{details}',
    },
  },
  // A moment.js format: 「MMMM D」 printed English month names on the workflow board's cards.
  workflow: { workflow: { dateFormat: 'M月D日' } },
};

/** Decap's phrases with ours laid over them, key by key. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const here = out[key];
    out[key] = typeof value === 'object' && typeof here === 'object' ? mergePhrases(here, value) : value;
  }
  return out;
}

/**
 * Words Decap's libraries write into the page without asking its locale: react-select's 「Remove <value>」 on the
 * × of a chosen option, react-toastify's 「close」 button and 「notification timer」 bar. Screen readers read them,
 * so they are put into Chinese where they appear.
 */
const LIBRARY_LABELS: readonly [RegExp, string][] = [
  [/^Remove (.+)$/, '移除「$1」'],
  [/^close$/, '关闭通知'],
  [/^notification timer$/, '通知显示时间'],
];

function relabel(el: Element) {
  const label = el.getAttribute('aria-label');
  if (!label) return;
  for (const [english, chinese] of LIBRARY_LABELS) {
    if (english.test(label)) {
      el.setAttribute('aria-label', label.replace(english, chinese));
      return;
    }
  }
}

/** Keeps those labels Chinese as Decap draws and redraws. */
export function watchLibraryLabels(root: HTMLElement) {
  const sweep = (node: Node) => {
    if (!(node instanceof Element)) return;
    relabel(node);
    for (const el of node.querySelectorAll('[aria-label]')) relabel(el);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') sweep(r.target);
      else r.addedNodes.forEach(sweep);
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
}
