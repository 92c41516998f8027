/**
 * Checks a collection's files as bytes, before Astro parses them, for the mistakes its parser would report
 * badly or not at all: a file that is not UTF-8 (GBK from a Windows editor, UTF-16), Git conflict markers, an
 * empty file, a missing frontmatter block, YAML syntax errors, and two files claiming the same entry id. Every
 * problem names the file and says in Chinese what to do. Pure: the loader (src/lib/content/loader.ts) feeds it files.
 *
 * Frontmatter is read first with js-yaml, the parser Astro reads it with, which is a dozen times faster than `yaml`'s
 * document model (a build reads every file twice; at 50,000 entries this saved 13 s). Only what it refuses, an
 * impossible date or a line whose quotes it may misread is read again with `yaml`, whose errors carry the codes and
 * lines the messages need (docs/developers/decisions.md).
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, visit } from 'yaml';

export interface ContentFile {
  /** Path as shown to the editor, e.g. content/policies/zz-dup.md. */
  path: string;
  bytes: Uint8Array;
}

export interface FileProblem {
  /** The file or files concerned (a duplicate names all of them). */
  files: string[];
  message: string;
}

/** The entry id a file gets: its name without folder and extension (also its URL segment). */
export const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.mdx?$/, '');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The one-line conversion docs/editors/content.md and the editors' guide show. */
export const CONVERT_HINT = '用「记事本 → 另存为 → 编码选 UTF-8」重新保存，或运行 iconv -f GB18030 -t UTF-8 原文件 -o 新文件';

/** Which encoding a file that is not UTF-8 most likely has, in words an editor recognises. */
export function guessEncoding(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  const zeros = bytes.subarray(0, 200).filter((b) => b === 0).length;
  if (zeros > 10) return 'UTF-16';
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (/\p{Script=Han}/u.test(text)) return 'GBK / GB18030';
  } catch {
    /* not GB18030 either */
  }
  return '未知编码';
}

const CONFLICT = /^(<{7}|={7}|>{7})(?: |$)/m;

/** A YAML parser error in Chinese; `line` counts from the top of the file. */
function yamlMessage(code: string, message: string, line: number): string {
  const where = `第 ${line} 行`;
  switch (code) {
    case 'MISSING_CHAR':
      return /quote/.test(message)
        ? `${where}附近：引号没有闭合，请补上配对的引号（" 或 '）`
        : `${where}：缺少字符（冒号后的值，或右括号 ] }）`;
    case 'DUPLICATE_KEY':
      return `${where}：同一个字段写了两次，请删除其中一个`;
    case 'BAD_INDENT':
      return `${where}：缩进不正确，或方括号 [ ] 没有闭合`;
    case 'TAB_AS_INDENT':
      return `${where}：缩进请用空格，不要用 Tab 键`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `${where}：缩进不正确，或值里有冒号「: 」却没有用引号括起来`;
    default:
      return `${where}：YAML 格式错误（${code}）`;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a YYYY-MM-DD that is no calendar day. Astro's YAML reader rolls 2007-13-45 over into 2008-02-14
 * and the wrong date would be published, so such a file is refused. */
function noSuchDay(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d;
}

/** Whether any key or text in `value` is an impossible date. */
function holdsNoSuchDay(value: unknown): boolean {
  if (typeof value === 'string') return noSuchDay(value);
  if (Array.isArray(value)) return value.some(holdsNoSuchDay);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => noSuchDay(k) || holdsNoSuchDay(v));
  return false;
}

/** The first impossible date in `doc`, with its line. */
function impossibleDate(doc: ReturnType<typeof parseDocument>, lines: LineCounter, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (found || typeof node.value !== 'string' || !noSuchDay(node.value)) return;
      const line = lines.linePos(node.range?.[0] ?? 0).line + offset;
      found = `第 ${line} 行：日期 ${node.value} 不存在（月份 01–12，日期不超过当月天数）`;
    },
  });
  return found;
}

export interface Parsed {
  data?: Record<string, unknown>;
  problem?: string;
}

/** Decodes and parses one file's frontmatter, or says what is wrong with it. */
function parseFile(bytes: Uint8Array): Parsed {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: `文件不是 UTF-8 编码，看起来是 ${guessEncoding(bytes)}。请${CONVERT_HINT}。` };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { problem: '文件是空的。请写入内容，或删除这个文件。' };
  const conflict = CONFLICT.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    return { problem: `第 ${line} 行有 Git 合并冲突标记（<<<<<<< / ======= / >>>>>>>）。请保留正确的内容、删除冲突标记后再提交。` };
  }
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) return { problem: '缺少开头的信息块：文件应以一行 --- 开始，写完各字段后再以一行 --- 结束。' };
  // +1: the opening --- line.
  return quickParse(match[1] ?? '') ?? parseYaml(match[1] ?? '', 1);
}

/** Whether every line closes the quotes it opens, each closing quote followed by a space, `,`, `:`, `]`, `}` or the
 * line's end. js-yaml reads a quote left open as a value running on to the next stray quote, fields swallowed, where
 * `yaml` says which line lacks its quote; and it takes `"150400"#` for a value and a comment. */
function quotesClosedOnEachLine(source: string): boolean {
  for (const line of source.split('\n')) {
    if (!line.includes('"') && !line.includes("'")) continue;
    const quotes = [...line.matchAll(/(?<!\\)["']/g)].map((m) => m.index);
    if (quotes.length % 2 === 1) return false;
    for (let i = 1; i < quotes.length; i += 2) if (!/^(?:[\s,:\]}]|$)/.test(line.slice(quotes[i]! + 1))) return false;
  }
  return true;
}

/** Frontmatter that js-yaml reads without complaint, as a mapping with no impossible date (its core schema keeps
 * dates as text, as `yaml`'s does); undefined for anything else, which parseYaml reads again to say what is wrong. */
function quickParse(source: string): Parsed | undefined {
  if (!quotesClosedOnEachLine(source)) return undefined;
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || holdsNoSuchDay(data)) return undefined;
  return { data: data as Record<string, unknown> };
}

/** Parses YAML whose first line is line `offset + 1` of the file. */
function parseYaml(source: string, offset: number): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(source, { uniqueKeys: true, lineCounter: lines });
  const first = doc.errors[0];
  if (first) return { problem: yamlMessage(first.code, first.message, (first.linePos?.[0].line ?? 0) + offset) };
  const badDate = impossibleDate(doc, lines, offset);
  if (badDate) return { problem: badDate };
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { problem: '内容应是「字段: 值」的列表。' };
  }
  return { data: data as Record<string, unknown> };
}

/** A plain YAML file (the site settings): its data, or what is wrong with it, in the same words as entries. */
export function parseYamlFile(bytes: Uint8Array): Parsed {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: `文件不是 UTF-8 编码，看起来是 ${guessEncoding(bytes)}。请${CONVERT_HINT}。` };
  }
  return parseYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 0);
}

/** Every problem in one collection's files; [] when Astro may parse them. */
export function preflight(files: readonly ContentFile[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const claims = new Map<string, string[]>();
  for (const file of files) {
    const { data, problem } = parseFile(file.bytes);
    if (problem) {
      problems.push({ files: [file.path], message: problem });
      continue;
    }
    const id = idOf(file.path);
    const slug = data?.slug;
    if (typeof slug === 'string' && slug !== id) {
      problems.push({
        files: [file.path],
        message: `网址标识 slug 为「${slug}」，与文件名「${id}」不一致。请把 slug 改成「${id}」，或把文件改名为「${slug}」（网址随之改变）。`,
      });
    }
    // A file claims its own name and, if it says so, its slug: two files claiming one id would replace each other.
    for (const claimed of new Set([id, ...(typeof slug === 'string' ? [slug] : [])])) {
      claims.set(claimed, [...(claims.get(claimed) ?? []), file.path]);
    }
  }
  for (const [id, paths] of claims) {
    if (paths.length > 1) {
      problems.push({
        files: paths,
        message: `这 ${paths.length} 个文件使用同一个条目标识「${id}」，后读到的会悄悄覆盖先读到的。请保留一个，或给另一个改用新的文件名和 slug。`,
      });
    }
  }
  return problems;
}

/** Thrown by the loader so the build stops before any page is made from a damaged file. */
export class ContentFileError extends Error {
  constructor(
    readonly collection: string,
    readonly problems: FileProblem[],
  ) {
    super(
      `内容文件有问题（${collection}，${problems.length} 处），构建已停止：\n` +
        problems.map((p) => `  ${p.files.join('、')}：${p.message}`).join('\n'),
    );
    this.name = 'ContentFileError';
  }
}
