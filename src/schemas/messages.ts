import { z } from 'astro/zod';

/**
 * Every message a person reads about bad input is Chinese: build errors, the CMS save check, the 项目征集 form.
 * Messages declared on a field win; this map words the common cases for editors; Zod's zh-CN locale covers the
 * rest. Imported by `field.ts`, so it is in force wherever a schema is (build, browser, scripts, tests).
 * https://zod.dev/error-customization#global-error-customization
 */
type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const shown = (input: unknown) =>
  typeof input === 'string' || typeof input === 'number' ? `，现为「${String(input)}」` : '';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否（true / false）',
  array: '列表',
  object: '一组字段',
  date: '日期，格式 YYYY-MM-DD（如 2007-08-06）',
};

function typeMessage(expected: string, input: unknown): string {
  if (input === undefined || input === null) return '必填，尚未填写';
  if (expected === 'number' && typeof input === 'number' && Number.isNaN(input)) return '应为数字';
  if (expected === 'date' && input instanceof Date) return '应为日期，格式 YYYY-MM-DD（如 2007-08-06）';
  return `应为${TYPE_NAMES[expected] ?? expected}${shown(input)}`;
}

function sizeMessage(issue: { origin: string; inclusive?: boolean }, bound: number | bigint, small: boolean): string {
  const n = Number(bound);
  switch (issue.origin) {
    case 'string':
      return small ? (n <= 1 ? '不能为空' : `不少于 ${n} 字`) : `不超过 ${n} 字`;
    case 'array':
    case 'set':
      return small ? (n <= 1 ? '至少选择或填写一项' : `至少 ${n} 项`) : `最多 ${n} 项`;
    case 'date':
      return small ? '日期过早' : '日期过晚';
    default:
      if (small) return issue.inclusive === false ? `应大于 ${n}` : `不小于 ${n}`;
      return issue.inclusive === false ? `应小于 ${n}` : `不大于 ${n}`;
  }
}

export function chineseMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, issue.input);
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为「${String(issue.values[0])}」`
        : `应为以下之一：${issue.values.map(String).join('、')}${shown(issue.input)}`;
    case 'too_small':
      return sizeMessage(issue, issue.minimum, true);
    case 'too_big':
      return sizeMessage(issue, issue.maximum, false);
    case 'invalid_format':
      if (issue.format === 'url') return '应为完整网址，如 https://…';
      if (issue.format === 'email') return '邮箱格式不正确，如 name@example.cn';
      return '格式不正确';
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')}`;
    default:
      return undefined;
  }
}

z.config(z.locales.zhCN());
z.config({ customError: chineseMessage });

