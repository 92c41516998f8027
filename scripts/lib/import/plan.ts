/** What an import will do to the content folder, decided in full before anything is written. */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { markdownFile } from '../../../src/lib/content/files.ts';
import type { FieldInfo } from '../../../src/schemas/walk.ts';
import { errorLine, getPath, setPath, type Column, type RowError } from './columns.ts';

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
  /** What the person importing must notice besides the changes (a consent withdrawn …). */
  notes?: string[];
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
  for (const note of plan.notes ?? []) lines.push(`  注意：${note}`);
  lines.push(dryRun ? '试运行（--dry-run）：没有写入任何文件。' : '已写入。请运行 npm start 检查页面，确认无误后提交。');
  return lines.join('\n');
}

export interface ApplyOptions {
  /** Called before each file is put in place; the tests throw from it to show that a failure part-way loses nothing. */
  beforeMove?: (file: string) => void;
}

/**
 * Writes the plan, all or nothing. Every new text is first written in full to a folder beside content/ (same disk,
 * so moves are renames); only then are the files swapped in, the old ones kept aside. If anything fails, whatever
 * was moved is put back and content/ is as it was, byte for byte.
 */
export function apply(plan: Plan, root: string, options: ApplyOptions = {}): void {
  if (plan.errors.length > 0) throw new Error('apply: the plan has errors');
  const work = mkdtempSync(join(dirname(root), '.import-'));
  const changes = plan.changes.filter((c) => c.kind !== 'same');
  const moved: { file: string; kept?: string; placed: boolean; madeDir?: string | undefined }[] = [];
  try {
    changes.forEach((c, i) => {
      if (c.kind !== 'remove') writeFileSync(join(work, `new-${i}`), markdownFile(c.data ?? {}, c.body ?? ''));
    });
    changes.forEach((c, i) => {
      options.beforeMove?.(c.file);
      const step: (typeof moved)[number] = { file: c.file, placed: false };
      moved.push(step);
      if (existsSync(c.file)) {
        step.kept = join(work, `old-${i}`);
        renameSync(c.file, step.kept);
      }
      if (c.kind !== 'remove') {
        step.madeDir = mkdirSync(dirname(c.file), { recursive: true });
        renameSync(join(work, `new-${i}`), c.file);
        step.placed = true;
      }
    });
  } catch (e) {
    for (const step of moved.reverse()) {
      if (step.placed) rmSync(step.file, { force: true });
      if (step.kept) renameSync(step.kept, step.file);
      if (step.madeDir) rmSync(step.madeDir, { recursive: true, force: true });
    }
    throw e;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The change one planned row makes: a new file, or the fields of an existing one that differ (`updated` aside). */
export function changeOf(
  existing: { file: string; data: Record<string, unknown>; body: string } | undefined,
  data: Record<string, unknown>,
  fields: Record<string, FieldInfo>,
  newFile: string,
  name: string,
): Change {
  if (!existing) return { kind: 'add', file: newFile, name, data, body: '' };
  const changed = Object.keys(fields).filter((k) => k !== 'updated' && !sameData(existing.data[k], data[k]));
  return {
    kind: changed.length ? 'change' : 'same',
    file: existing.file,
    name,
    ...(changed.length ? { data, body: existing.body, fields: changed.map((k) => fields[k]?.meta?.label ?? k) } : {}),
  };
}

/** An entry's data with what the row gives laid over `base`; a field the file leaves out because it holds the
 * default (sample: false) stays left out. */
export function withGiven(base: Record<string, unknown>, given: Record<string, unknown>, columns: readonly Column[]): Record<string, unknown> {
  const data: Record<string, unknown> = { ...base };
  for (const c of columns) {
    const v = c.info ? getPath(given, c.path) : undefined;
    const implied = getPath(base, c.path) === undefined && v === c.info?.default;
    if (v !== undefined && !implied) setPath(data, c.path, v);
  }
  return data;
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
