/** Formatting helpers for Chinese display. Dates are calendar dates, so UTC parts are read (YAML dates are UTC
 * midnight; local time would shift them a day in some zones). */

export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A day written YYYY-MM-DD (as summaries and reports store it) → 2026年1月1日. */
export const formatIsoDay = (iso: string): string => formatDate(new Date(`${iso}T00:00:00Z`));

/** A month written YYYY-MM → 2026年1月. */
export const formatIsoMonth = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月`;

/** ISO form (YYYY-MM-DD) for <time datetime> and machine-readable meta. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A moment as a reader in China reads it, in Beijing time: 「2026年12月10日 09:30」. */
export function formatDateTime(date: Date): string {
  const beijing = new Date(date.getTime() + 8 * 3_600_000);
  const hhmm = beijing.toISOString().slice(11, 16);
  return `${formatDate(beijing)} ${hhmm}`;
}

/** An event's time span: the day once when it starts and ends on the same day (「2026年12月10日 09:30–16:30」). */
export function formatTimeSpan(start: Date, end: Date): string {
  const [startDay, startTime] = formatDateTime(start).split(' ');
  const [endDay, endTime] = formatDateTime(end).split(' ');
  return startDay === endDay ? `${startDay} ${startTime}–${endTime}` : `${startDay} ${startTime} 至 ${endDay} ${endTime}`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('zh-CN');
}

/** 0.8 → "80%", 0.8123 → "81.2%". */
export function formatPercent(ratio: number): string {
  const pct = Math.round(ratio * 1000) / 10;
  return `${pct}%`;
}

/** Amount in 元 as people read it: 8000 → "8,000元", 50000 → "5万元", 125000 → "12.5万元". */
export function formatYuan(amount: number): string {
  if (amount >= 10_000) return `${Math.round(amount / 1000) / 10}万元`;
  return `${formatNumber(amount)}元`;
}

export function formatYuanRange(min: number, max: number): string {
  return min === max ? formatYuan(min) : `${formatYuan(min)}–${formatYuan(max)}`;
}

/** Any value as text: primitives as themselves, a date as YYYY-MM-DD, anything else as JSON — never '[object Object]'. */
export function asText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return isoDate(v);
  return JSON.stringify(v) ?? '';
}
