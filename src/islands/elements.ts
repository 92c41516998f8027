/**
 * The elements an island needs. When one is missing (a template changed, a page cached from an older build) the
 * island says so on the console and does nothing, leaving the page's own HTML — forms that submit, links that lead
 * somewhere — as it is, instead of failing half-way with a TypeError.
 */
export function required<T extends Record<string, Element | null | undefined>>(island: string, found: T): { [K in keyof T]: NonNullable<T[K]> } | null {
  const missing = Object.entries(found)
    .filter(([, el]) => !el)
    .map(([name]) => name);
  if (missing.length === 0) return found as { [K in keyof T]: NonNullable<T[K]> };
  console.error(`${island}: ${missing.join(', ')} not found; the page works without this script.`);
  return null;
}
