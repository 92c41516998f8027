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

/**
 * A read-only box with a composed e-mail under its label, styled as a cover letter (.call-cover): for readers whose
 * mail is a web page, where a mailto: link opens nothing and the text has to be copied.
 */
export function mailBox(label: string, text: string, rows: number): { label: HTMLLabelElement; box: HTMLTextAreaElement } {
  const wrapper = document.createElement('label');
  wrapper.className = 'call-cover';
  wrapper.textContent = label;
  const box = document.createElement('textarea');
  box.readOnly = true;
  box.rows = rows;
  box.value = text;
  wrapper.append(box);
  return { label: wrapper, box };
}
