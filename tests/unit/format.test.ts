import { describe, expect, it } from 'vitest';
import { formatDate, formatIsoDay, formatIsoMonth, formatPercent, formatYuan, formatYuanRange, isoDate } from '../../src/lib/core/format.ts';

describe('format', () => {
  it('writes dates the Chinese way, without leading zeros', () => {
    expect(formatDate(new Date('2007-08-06'))).toBe('2007年8月6日');
    // Days and months stored as text (the stats summary, the annual report).
    expect(formatIsoDay('2007-08-06')).toBe('2007年8月6日');
    expect(formatIsoMonth('2026-01')).toBe('2026年1月');
    expect(formatDate(new Date('2026-11-28'))).toBe('2026年11月28日');
  });
  it('keeps the calendar day of a YAML date whatever the time zone', () => {
    expect(isoDate(new Date('2007-08-06'))).toBe('2007-08-06');
  });
  it('formats percentages with at most one decimal', () => {
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(0.81234)).toBe('81.2%');
  });
  it('formats money in 元 and 万元', () => {
    expect(formatYuan(8000)).toBe('8,000元');
    expect(formatYuan(50000)).toBe('5万元');
    expect(formatYuan(125000)).toBe('12.5万元');
    expect(formatYuanRange(20000, 30000)).toBe('2万元–3万元');
    expect(formatYuanRange(30000, 30000)).toBe('3万元');
  });
});
