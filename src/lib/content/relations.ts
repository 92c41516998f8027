import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/field.ts';
import { fieldsOf, leaves } from '../../schemas/walk.ts';

export interface LoadedEntry {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

export interface BrokenRelation {
  file: string;
  field: string;
  label: string;
  collection: CollectionName;
  missing: string;
}

/** Thrown at build time so a dangling reference never reaches a page. */
export class RelationError extends Error {
  constructor(readonly broken: BrokenRelation[]) {
    super(
      `内容关联错误（${broken.length} 处）：\n` +
        broken
          .map((b) => `  ${b.file}：字段 ${b.field}（${b.label}）引用的 ${b.collection} 条目「${b.missing}」不存在`)
          .join('\n') +
        '\n请修正标识或先添加被引用的条目。',
    );
    this.name = 'RelationError';
  }
}

/** Every relation field reached by walking `value` along `schema`, with its path and the ids it holds. */
function* relationValues(schema: z.ZodType, value: unknown) {
  for (const { path, info, value: v } of leaves(fieldsOf(schema), value, (info) => info.meta?.relation !== undefined)) {
    const collection = info.meta?.relation;
    if (!collection) continue;
    const ids: unknown[] = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
    yield { path, label: info.meta?.label ?? path, collection, ids: ids.map(String) };
  }
}

/**
 * Who points at whom, from the `relation()` / `relations()` metadata of the schemas: for an entry, the entries of a
 * collection whose relation fields name it, in that collection's list order. Built in one pass over every entry; every
 * "linked from here" group of the detail pages reads it, so a new relation field needs no code to be followed back.
 */
const indexKey = (target: CollectionName, id: string, source: CollectionName) => `${target}\u0000${id}\u0000${source}`;

/** The relation index of a set of entries (its lists in list order). */
export function indexRelations<E extends LoadedEntry>(schemas: Record<CollectionName, z.ZodType>, entries: Record<CollectionName, readonly E[]>): { linkedFrom: (target: CollectionName, id: string, source: CollectionName) => readonly E[] } {
  const index = new Map<string, E[]>();
  for (const [name, list] of Object.entries(entries) as [CollectionName, readonly E[]][]) {
    for (const entry of list) {
      for (const rel of relationValues(schemas[name], entry.data)) {
        for (const id of rel.ids) {
          const key = indexKey(rel.collection, id, name);
          const found = index.get(key);
          // An entry naming the same one in two fields (an attachment that is also an interpretation) counts once.
          if (!found) index.set(key, [entry]);
          else if (found[found.length - 1] !== entry) found.push(entry);
        }
      }
    }
  }
  return { linkedFrom: (target, id, source) => index.get(indexKey(target, id, source)) ?? [] };
}

/** Checks every relation field of every entry against the ids that exist. */
export function findBrokenRelations(
  schemas: Record<CollectionName, z.ZodType>,
  entries: Record<CollectionName, readonly LoadedEntry[]>,
): BrokenRelation[] {
  const ids = Object.fromEntries(
    Object.entries(entries).map(([name, list]) => [name, new Set(list.map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;
  const broken: BrokenRelation[] = [];
  for (const [name, list] of Object.entries(entries) as [CollectionName, readonly LoadedEntry[]][]) {
    for (const entry of list) {
      for (const rel of relationValues(schemas[name], entry.data)) {
        for (const id of rel.ids) {
          if (!ids[rel.collection].has(id)) {
            broken.push({
              file: entry.filePath ?? `${name}/${entry.id}`,
              field: rel.path,
              label: rel.label,
              collection: rel.collection,
              missing: id,
            });
          }
        }
      }
    }
  }
  return broken;
}
