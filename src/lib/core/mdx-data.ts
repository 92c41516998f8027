/**
 * The data components a 政策解读 may use in MDX, so that its figures come from the data (the plan's targets, a
 * city's reported results) instead of being typed again. Everything else in MDX — other JSX, expressions,
 * imports — is dropped by the sanitiser like any raw HTML.
 *
 * How: before sanitising, an allowed component with nothing but literal, slug-shaped attributes becomes a
 * <portal-data> placeholder the sanitiser is told to keep; after sanitising, in .mdx files only, the placeholder
 * becomes the component again (in .md files it is removed).
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';

/** Component name → the attributes it takes (each a literal slug, e.g. city="chengdu"). */
export const DATA_COMPONENTS = {
  PlanTargets: [],
  CityResults: ['city'],
} as const satisfies Record<string, readonly string[]>;
export type DataComponent = keyof typeof DATA_COMPONENTS;

export const PLACEHOLDER = 'portal-data';
const LITERAL = /^[a-z][a-z0-9-]*$/;

interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  children?: Node[];
}

const isComponent = (name: unknown): name is DataComponent => typeof name === 'string' && Object.hasOwn(DATA_COMPONENTS, name);

/** The placeholder for an allowed component with safe attributes, or undefined. */
function placeholder(node: Node): Node | undefined {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !isComponent(node.name)) return undefined;
  const allowed: readonly string[] = DATA_COMPONENTS[node.name];
  const properties: Record<string, string> = { dataComponent: node.name };
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || !allowed.includes(a.name) || typeof a.value !== 'string' || !LITERAL.test(a.value)) return undefined;
    properties[`data${a.name[0]!.toUpperCase()}${a.name.slice(1)}`] = a.value;
  }
  return { type: 'element', tagName: PLACEHOLDER, properties, children: [] };
}

function walk(node: Node, replace: (child: Node) => Node | null | undefined): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    const out = replace(child);
    if (out === null) return [];
    const next = out ?? child;
    walk(next, replace);
    return [next];
  });
}

/** Before the sanitiser: allowed components become placeholders. */
export const protectDataComponents: Plugin<[], Root> = () => (tree) => {
  walk(tree, (child) => placeholder(child));
};

/** After the sanitiser: placeholders become components again in MDX, and disappear from Markdown. */
export const restoreDataComponents: Plugin<[], Root> = () => (tree, file) => {
  const mdx = /\.mdx$/i.test(file.path ?? '');
  walk(tree, (child) => {
    if (child.type !== 'element' || child.tagName !== PLACEHOLDER) return undefined;
    const props = child.properties ?? {};
    const name = props.dataComponent;
    if (!mdx || !isComponent(name)) return null;
    const attributes = DATA_COMPONENTS[name].flatMap((attr: string) => {
      const value = props[`data${attr[0]!.toUpperCase()}${attr.slice(1)}`];
      return typeof value === 'string' && LITERAL.test(value) ? [{ type: 'mdxJsxAttribute', name: attr, value }] : [];
    });
    return { type: 'mdxJsxFlowElement', name, attributes, children: [] };
  });
};

/** What the sanitiser keeps of a placeholder. */
export const placeholderAttributes = ['dataComponent', ...new Set(Object.values(DATA_COMPONENTS).flat().map((a: string) => `data${a[0]!.toUpperCase()}${a.slice(1)}`))];
