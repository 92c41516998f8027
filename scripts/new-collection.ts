/**
 * npm run new:collection -- <name> <中文名> [--root DIR]
 * Scaffolds a working collection: its module in src/collections/<name>/ (schema with title, summary, sample, source,
 * updated; page data; Detail.astro), its registry line and spec, its content collection, an example entry in
 * content/ and one in each test fixture (the hostile one with a payload in every text field). The routes, the CMS,
 * search's 栏目 filter, open data, the site map and the self-check find it through the registry. Prints every file
 * it wrote or changed; refuses a name that is taken or not a URL segment, and changes nothing then.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
const ROOT = values.root ?? process.cwd();
const [name, label] = positionals;

function fail(message: string): never {
  console.error(`新建集合失败：${message}`);
  process.exit(1);
}

if (!name || !label) fail('用法：npm run new:collection -- <英文名> <中文名>，如 npm run new:collection -- guides 创业指南');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`「${name}」不能作网址和文件夹名：只用小写字母、数字和连字符，以字母开头`);
if (!/\p{Script=Han}/u.test(label) || label.length > 12) fail(`中文名「${label}」应为 12 字以内的中文`);

const at = (path: string) => join(ROOT, path);
const read = (path: string) => readFileSync(at(path), 'utf8');
const NAMES_FILE = 'src/schemas/field.ts';
const names = /export const COLLECTION_NAMES = \[([^\]]*)\] as const;/.exec(read(NAMES_FILE));
if (!names) fail(`${NAMES_FILE} 中找不到 COLLECTION_NAMES`);
const existing = [...names[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
if (existing.includes(name)) fail(`集合「${name}」已经存在`);
// Folders the site already serves at /<name>/ besides the collections.
for (const taken of ['src/pages', 'public']) if (existsSync(at(`${taken}/${name}`))) fail(`网址 /${name}/ 已被 ${taken}/${name} 占用`);

const camel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const schemaName = `${camel}Schema`;
const specName = `${camel}Spec`;
const today = new Date().toISOString().slice(0, 10);

/** The next payload numbers of the hostile fixture, so an execution in the browser names its field. */
function nextPayload(): () => number {
  let n = 0;
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else for (const m of readFileSync(join(dir, d.name), 'latin1').matchAll(/alert\((\d+)\)/g)) n = Math.max(n, Number(m[1]));
    }
  };
  walk(at('tests/fixtures/hostile'));
  return () => ++n;
}

const payload = (n: number) => `</script><svg/onload=alert(${n})>"'><img src=x onerror=alert(${n})>`;
const quote = (s: string) => JSON.stringify(s);

const changes: [path: string, text: string][] = [];
const create = (path: string, text: string) => {
  if (existsSync(at(path))) fail(`${path} 已经存在`);
  changes.push([path, text]);
};
/** Inserts `text` before the first line matching `before`, once. */
const insert = (path: string, before: RegExp, text: string) => {
  const source = changes.find(([p]) => p === path)?.[1] ?? read(path);
  const match = before.exec(source);
  if (!match) fail(`${path} 中找不到插入位置（${before.source}）`);
  const next = source.slice(0, match.index) + text + source.slice(match.index);
  const i = changes.findIndex(([p]) => p === path);
  if (i >= 0) changes[i] = [path, next];
  else changes.push([path, next]);
};

// The registry: the name (before the cities, which close the navigation) and the schema with its spec.
changes.push([NAMES_FILE, read(NAMES_FILE).replace(names[0], names[0].replace("'cities']", `'${name}', 'cities']`))]);
create(
  `src/collections/${name}/schema.ts`,
  `import { z } from 'astro/zod';
import { baseFields } from '../../schemas/base.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/** ${label}: title, summary, the 示例 flag, the source and the date it was last checked. Add its own fields here with
 * field() (src/schemas/field.ts); their labels, the CMS form and open data follow. */
export const ${schemaName} = z.strictObject({
  ...baseFields,
});

/** The ${label} section: its names and how it is listed (src/schemas/spec.ts). */
export const ${specName}: CollectionSpec<typeof ${schemaName}> = {
  label: ${quote(label)},
  heading: ${quote(label)},
  intro: ${quote(`${label}：本栏目的说明，一句话，显示在列表标题下和网站地图中。`)},
  schema: () => ${schemaName},
  dateField: 'updated',
};
`,
);
insert('src/schemas/index.ts', /import \{ COLLECTION_NAMES/, `import { ${specName} } from '../collections/${name}/schema.ts';\n`);
insert('src/schemas/index.ts', /\n {2}cities: citiesSpec,/, `\n  ${name.includes('-') ? quote(name) : name}: ${specName},`);

// Its module: its card, the detail page's data and the page's sections.
create(
  `src/collections/${name}/page.ts`,
  `import { common, type DetailBuilder, type ListPage } from '../../lib/views/detail.ts';
import { card, type ItemBuilder } from '../../lib/views/entry-views.ts';

/** A ${label} card: its title and summary, no badges or facts yet. */
export const item: ItemBuilder<'${name}'> = (entry) => card('${name}', entry, [], []);

/** The data of one ${label} page: the common parts, no badges, metadata rows or related groups yet. */
export const page: DetailBuilder<'${name}'> = (entry, content) => ({
  layout: common('${name}', entry, content, [], [], entry.data.updated),
  related: [],
});

/** /${name}/ is a plain list of the cards (\`item\`). */
export const list: ListPage = {};
`,
);
create(
  `src/collections/${name}/Detail.astro`,
  `---
/** A ${label} page: the entry's body and its related groups (the data comes from page.ts). */
import { render } from 'astro:content';
import DetailLayout from '../../layouts/DetailLayout.astro';
import RelatedGroups from '../../components/RelatedGroups.astro';
import type { DetailPage } from '../../lib/views/detail.ts';
import type { EntryOf } from '../../lib/views/routes.ts';

interface Props {
  entry: EntryOf<'${name}'>;
  page: DetailPage;
}

const { entry, page } = Astro.props;
const { Content } = await render(entry);
---

<DetailLayout {...page.layout}>
  <Content />
  <RelatedGroups slot="related" groups={page.related} />
</DetailLayout>
`,
);

// Example entries: the shipped content's and the behaviour fixture's marked 示例; the hostile fixture's full of payloads.
const example = (title: string, summary: string, sourceName: string, body: string) =>
  `---\ntitle: ${quote(title)}\nsummary: ${quote(summary)}\nsample: true\nsource:\n  name: ${quote(sourceName)}\nupdated: ${today}\n---\n\n${body}\n`;
const sample = example(`${label}示例`, `这是一条${label}示例，用来演示栏目的列表页和详情页。`, '本站示例', `${label}的正文。替换为真实内容前，请保留「示例内容」勾选。`);
create(`content/${name}/${name}-example.md`, sample);
create(`tests/fixtures/site/${name}/${name}-example.md`, sample);
const next = nextPayload();
const [t, s, src, b] = [next(), next(), next(), next()];
create(
  `tests/fixtures/hostile/${name}/xss-${name}.md`,
  example(
    `${label} title ${payload(t)}`,
    `summary ${payload(s)}`,
    `source.name ${payload(src)}`,
    [
      `正文 ${payload(b)}`,
      `[javascript 链接](javascript:alert(${b}))`,
      `<a href="javascript:alert(${b})">原始链接</a> <iframe src="javascript:alert(${b})"></iframe>`,
      `<script>alert(${b})</script>`,
      `<p style="x" onclick="alert(${b})">段落</p>`,
    ].join('\n\n'),
  ),
);

for (const [path, text] of changes) {
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), text);
}
const outside = changes.filter(([p]) => !p.startsWith('content/'));
console.log(`已新建集合 ${name}（${label}），网址 /${name}/。写入 ${changes.length} 个文件，其中 content/ 以外 ${outside.length} 个：`);
for (const [path] of changes) console.log(`  ${relative(ROOT, at(path))}`);
console.log(`下一步：在 src/collections/${name}/schema.ts 中添加字段，在 page.ts 和 Detail.astro 中决定页面显示什么；状态和标签写在 domain.ts，检索筛选写在 search.ts（见 docs/developers/contributing.md）。然后运行 npm test。`);
