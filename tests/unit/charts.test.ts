// The build-time SVG charts on city pages: bars to scale, and no value label struck through by the target line.
import { describe, expect, it } from 'vitest';
import { CHART, indicatorChart, labelBaseline } from '../../src/lib/views/charts.ts';
import type { Indicator } from '../../src/lib/domain/targets.ts';

const indicator = (value: number | null, target = 0.8): Indicator =>
  ({ key: 'passRate', label: '培训合格率', value, target, met: value === null ? null : value >= target, valueText: value === null ? '—' : `${Math.round(value * 100)}%`, targetText: '≥ 80%' }) as Indicator;

describe('indicator charts', () => {
  it('draws bars to scale from the baseline, the target line inside the plot', () => {
    const chart = indicatorChart([
      { year: 2008, indicator: indicator(0.4) },
      { year: 2009, indicator: indicator(0.8) },
    ]);
    const [low, high] = chart.bars;
    expect(high!.height).toBeCloseTo(low!.height * 2, 5);
    expect(chart.baseline - high!.height).toBeCloseTo(chart.targetY, 5);
    expect(chart.targetY).toBeGreaterThan(CHART.top);
    expect(low!.label).toBe('✗ 40%');
    expect(high!.label).toBe('✓ 80%');
  });

  it('never lets the dashed target line run through a value label, whatever the value', () => {
    for (let v = 0; v <= 1.2; v += 0.01) {
      const chart = indicatorChart([{ year: 2008, indicator: indicator(v) }]);
      const bar = chart.bars[0]!;
      // The text occupies roughly [baseline − font size, baseline + descent].
      const top = bar.labelY - CHART.fontSize;
      const bottom = bar.labelY + 2;
      expect(chart.targetY < top || chart.targetY > bottom, `value ${v.toFixed(2)}`).toBe(true);
      expect(top).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps a label just above its bar when the line is out of the way', () => {
    expect(labelBaseline(100, 40)).toBe(95);
    expect(labelBaseline(50, 45)).toBe(41);
  });
});
