/** An ASCII id for a heading, derived from its (often Chinese) text, so aria-labelledby can point at it. */
export function headingId(prefix: string, text: string): string {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return `${prefix}-${h.toString(36)}`;
}
