/**
 * How a refused entry is explained to a person, the same way on every path: the build (through Astro's content
 * layer), the CMS save check and the 项目征集 form. Each problem names the field by its Chinese label.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './field.ts';
import { SCHEMAS } from './index.ts';
import { fieldsOf, pathLabel } from './walk.ts';

export interface Problem {
  /** Where zod found it, e.g. ['review', 'date']. */
  path: PropertyKey[];
  /** 「专家论证记录 › 论证日期」 */
  label: string;
  message: string;
}

export function problemsOf(schema: z.ZodType, error: z.ZodError): Problem[] {
  const fields = fieldsOf(schema);
  return error.issues.map((issue) => ({
    path: [...issue.path],
    label: pathLabel(fields, issue.path) || '整条内容',
    message: issue.message,
  }));
}

/** 「摘要：必填，尚未填写」 */
export const problemLine = (p: Problem) => `${p.label}：${p.message}`;

/** 「标签：原因」 for every problem in an entry as the CMS holds it, or [] when it may be saved. */
export function entryProblems(collection: CollectionName, data: unknown): string[] {
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(data);
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
      ctx.addIssue({ code: 'custom', path: p.path, message: `「${p.label}」${p.message}`, input: data });
    }
    return z.NEVER;
  });
}
