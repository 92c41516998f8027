/**
 * Entries grouped by a key, built once per list. Detail pages ask "which stories are in this city" or "which
 * policies cover this topic" once per page; a scan of the whole collection on each of 10,000 pages made large
 * builds quadratic (about 28 s of CPU in a 116 s build at 10,000 entries).
 *
 * The index is cached per list *and per key function*, so a key function must be declared once, at module level.
 * One written at the call site is a new function on every call: each call built and kept an index of its own, one
 * per project page over every story and every policy — at 50,000 entries over a gigabyte that the build held to its
 * end, and a rendering twice as slow. indexBy refuses a list's KEY_FUNCTIONS_LIMIT+1th key function, so that mistake
 * fails the first build with more entries than that rather than the largest.
 */
type KeysOf<T> = (entry: T) => Iterable<string | undefined>;

/** More distinct key functions than any list is grouped by (a collection has a handful of relation-like fields). */
export const KEY_FUNCTIONS_LIMIT = 16;

const indexes = new WeakMap<readonly object[], Map<KeysOf<never>, Map<string, object[]>>>();
const positions = new WeakMap<readonly object[], Map<object, number>>();

/** Each key's entries, in list order; an entry appears once per distinct key. The arrays are shared by every
 * caller: read them, copy before changing. */
export function indexBy<T extends object>(list: readonly T[], keysOf: KeysOf<T>): Map<string, T[]> {
  let byKeys = indexes.get(list);
  if (!byKeys) indexes.set(list, (byKeys = new Map<KeysOf<never>, Map<string, object[]>>()));
  let index = byKeys.get(keysOf as KeysOf<never>) as Map<string, T[]> | undefined;
  if (!index) {
    if (byKeys.size >= KEY_FUNCTIONS_LIMIT) {
      throw new Error(
        `indexBy：同一列表已按 ${byKeys.size} 个不同的键函数建立索引——键函数应在模块顶层声明一次，不要在调用处写箭头函数（每次调用都会新建并保留一个索引）。` +
          ` indexBy: a list grouped by more than ${KEY_FUNCTIONS_LIMIT} key functions — declare the key function once at module level (${keysOf.toString().slice(0, 80)}).`,
      );
    }
    index = new Map();
    for (const entry of list) {
      for (const key of new Set(keysOf(entry))) {
        if (key === undefined) continue;
        const group = index.get(key);
        if (group) group.push(entry);
        else index.set(key, [entry]);
      }
    }
    byKeys.set(keysOf as KeysOf<never>, index);
  }
  return index;
}

/**
 * Entries of `list` under any of `keys`, each once, in list order, one at a time, so a caller that wants the first
 * few stops there: a project's topics match thousands of
 * policies at 50,000 entries, and sorting all of them for each project's first eight took 5 s of the build. Each
 * key's entries are already in list order; this merges them.
 */
export function* eachWithAnyKey<T extends object>(list: readonly T[], keysOf: KeysOf<T>, keys: Iterable<string>): Generator<T> {
  const index = indexBy(list, keysOf);
  const lists = [...new Set(keys)].flatMap((key) => (index.has(key) ? [index.get(key)!] : []));
  if (lists.length < 2) {
    yield* lists[0] ?? [];
    return;
  }
  let order = positions.get(list);
  if (!order) positions.set(list, (order = new Map(list.map((e, i) => [e, i]))));
  const heads = lists.map(() => 0);
  for (;;) {
    let next: T | undefined;
    let at = Infinity;
    lists.forEach((l, i) => {
      const head = l[heads[i]!];
      if (head !== undefined && order.get(head)! < at) [next, at] = [head, order.get(head)!];
    });
    if (next === undefined) return;
    // An entry under several of the keys heads each of their lists at once.
    lists.forEach((l, i) => {
      if (l[heads[i]!] === next) heads[i]!++;
    });
    yield next;
  }
}
