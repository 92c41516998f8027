/** What an import will do to the content folder, decided in full before anything is written. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { markdownFile } from '../../../src/lib/content-files.ts';
import { errorLine, type RowError } from './columns.ts';

export interface Change {
  kind: 'add' | 'change' | 'same' | 'remove';
  file: string;
  /** 「成都市（chengdu）」 */
  name: string;
  data?: Record<string, unknown>;
  body?: string;
  /** Labels of the fields that change. */
  fields?: string[];
}

export interface Plan {
  source: string;
  errors: RowError[];
  changes: Change[];
}

const WORDS = { add: '新增', change: '修改', same: '不变', remove: '删除' } as const;

/** The report a person reads: counts, then each added, changed and removed entry (unchanged ones only counted). */
export function report(plan: Plan, dryRun: boolean): string {
  if (plan.errors.length > 0) {
    const rows = [...plan.errors].sort((a, b) => a.row - b.row).map((e) => `  ${errorLine(e)}`);
    return `读取 ${plan.source}：发现 ${plan.errors.length} 处错误，没有写入任何文件。\n${rows.join('\n')}\n请改正表格后重新导入。`;
  }
  const count = (k: Change['kind']) => plan.changes.filter((c) => c.kind === k);
  const lines = [`读取 ${plan.source}：${(['add', 'change', 'same', 'remove'] as const).map((k) => `${WORDS[k]} ${count(k).length}`).join('，')}。`];
  for (const kind of ['add', 'change', 'remove'] as const) {
    for (const c of count(kind)) lines.push(`  ${WORDS[kind]}：${c.name}${c.fields?.length ? `（${c.fields.join('、')}）` : ''}  ${c.file}`);
  }
  lines.push(dryRun ? '试运行（--dry-run）：没有写入任何文件。' : '已写入。请运行 npm start 检查页面，确认无误后提交。');
  return lines.join('\n');
}

/** Writes the plan. Only called when it has no errors. */
export function apply(plan: Plan): void {
  if (plan.errors.length > 0) throw new Error('apply: the plan has errors');
  for (const c of plan.changes) {
    if (c.kind === 'remove') rmSync(c.file);
    else if (c.kind !== 'same') {
      mkdirSync(dirname(c.file), { recursive: true });
      writeFileSync(c.file, markdownFile(c.data ?? {}, c.body ?? ''));
    }
  }
}

/** Stable comparison of two entries' data: key order and Date vs. string do not count as a change. */
export function sameData(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, norm(x)]));
    }
    return v;
  };
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}
