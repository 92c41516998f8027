/**
 * How a refused entry is explained to a person, the same way on every path: the build (through Astro's content
 * layer), the CMS save check and the 项目征集 form. Each problem names the field by its Chinese label.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './field.ts';
import { SCHEMAS } from './index.ts';
import { settingsSchema } from './settings.ts';
import { fieldsOf, pathLabel, type FieldInfo } from './walk.ts';

export interface Problem {
  /** Where zod found it, e.g. ['review', 'date']. */
  path: PropertyKey[];
  /** 「专家论证记录 › 论证日期」 */
  label: string;
  message: string;
}

/** Edit distance, to guess which field a mistyped key meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The declared field a mistyped key most likely meant, if one is close enough. */
export function nearestField(key: string, fields: Record<string, FieldInfo>): [string, FieldInfo] | undefined {
  const scored = Object.entries(fields)
    .map(([name, info]) => ({ name, info, d: name.includes(key) || key.includes(name) ? 1 : distance(key, name) }))
    .sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? [best.name, best.info] : undefined;
}

/** The fields of the object at `path`, to name an unknown key's neighbours. */
function fieldsAt(fields: Record<string, FieldInfo>, path: readonly PropertyKey[]): Record<string, FieldInfo> {
  let here: FieldInfo = { kind: 'object', fields, required: true };
  for (const key of path) {
    const next: FieldInfo | undefined = here.kind === 'array' ? here.element : here.kind === 'object' ? here.fields[String(key)] : undefined;
    if (next) here = next;
  }
  return here.kind === 'object' ? here.fields : {};
}

function unknownKey(key: string, siblings: Record<string, FieldInfo>): string {
  const near = nearestField(key, siblings);
  return near
    ? `未知字段 ${key}，是否应为 ${near[0]}（${near[1].meta?.label ?? near[0]}）？`
    : `未知字段 ${key}：本栏目没有这个字段，请删除或改正（可用字段：${Object.keys(siblings).join('、')}）`;
}

export function problemsOf(schema: z.ZodType, error: z.ZodError): Problem[] {
  const fields = fieldsOf(schema);
  return error.issues.flatMap((issue): Problem[] => {
    // An unknown key is a problem of its own (usually a typo); the object's other fields are fine.
    if (issue.code === 'unrecognized_keys') {
      const siblings = fieldsAt(fields, issue.path);
      return issue.keys.map((key) => ({ path: [...issue.path, key], label: '', message: unknownKey(key, siblings) }));
    }
    return [{ path: [...issue.path], label: pathLabel(fields, issue.path) || '整条内容', message: issue.message }];
  });
}

/** 「摘要：必填，尚未填写」; a problem that names its own field stands alone. */
export const problemLine = (p: Problem) => (p.label ? `${p.label}：${p.message}` : p.message);

/** What editors can change in the CMS: every collection and the site settings. */
const EDITABLE = { ...SCHEMAS, settings: settingsSchema };
export type EditableName = CollectionName | 'settings';

/** The Markdown body: a field in the CMS's entry data, but the file's body, not a frontmatter key. */
export const BODY_KEY = 'body';

/**
 * 「标签：原因」 for every problem in an entry as the CMS holds it, or [] when it may be saved. The CMS hands over
 * the frontmatter and the body together; the body is checked by nothing but the Markdown sanitiser, and every other
 * key must be a declared field (the schemas are strict, so a stray key is refused, never dropped).
 */
export function entryProblems(collection: EditableName, data: unknown): string[] {
  const schema = EDITABLE[collection];
  const { [BODY_KEY]: _body, ...frontmatter } = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const result = schema.safeParse(frontmatter);
  return result.success ? [] : problemsOf(schema, result.error).map(problemLine);
}

/**
 * Astro's content layer parses with its own English error map, which outranks Zod's global configuration
 * ("Required", "Expected type …"). Parsing inside a transform keeps our messages; each issue goes back to Astro
 * with its path (so the build error still names the file and the field) and the field's Chinese label.
 */
export function withChineseErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform(async (data, ctx): Promise<z.output<T>> => {
    const result = await schema.safeParseAsync(data);
    if (result.success) return result.data;
    for (const p of problemsOf(schema, result.error)) {
      ctx.addIssue({ code: 'custom', path: p.path, message: p.label ? `「${p.label}」${p.message}` : p.message, input: data });
    }
    return z.NEVER;
  });
}
