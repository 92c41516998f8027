/**
 * Geometry of the build-time SVG charts on city pages: one small bar chart per indicator, bars per year and a
 * dashed target line. Pure numbers in, shapes out; the component only draws them.
 */
import type { Indicator } from '../domain/targets.ts';

export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Baseline of the value label: above the bar, lifted above the target line when it would cross it. */
  labelY: number;
  met: boolean | null;
}

export interface Chart {
  width: number;
  height: number;
  baseline: number;
  targetY: number;
  bars: Bar[];
}

export const CHART = { width: 220, height: 140, top: 22, bottom: 24, gap: 14, fontSize: 11 } as const;

/**
 * Where a bar's value label goes: just above the bar, unless the dashed target line would run through the text
 * (a bar ending a little below the target); then just above the line, so the line never strikes a figure.
 */
export function labelBaseline(barTop: number, targetY: number): number {
  const above = barTop - 5;
  const crosses = targetY > above - CHART.fontSize - 2 && targetY < above + 3;
  return crosses ? targetY - 4 : above;
}

/** Bars for one indicator across years; the scale leaves room above the larger of target and values. */
export function indicatorChart(points: { year: number; indicator: Indicator }[]): Chart {
  const { width, height, top, bottom, gap } = CHART;
  const plot = height - top - bottom;
  const target = points[0]?.indicator.target ?? 1;
  const max = Math.max(target * 1.25, ...points.map((p) => p.indicator.value ?? 0)) || 1;
  const scale = (v: number) => (v / max) * plot;
  const barWidth = points.length ? Math.min(48, (width - gap * (points.length + 1)) / points.length) : 0;
  const baseline = height - bottom;
  return {
    width,
    height,
    baseline,
    targetY: baseline - scale(target),
    bars: points.map((p, i) => {
      const h = scale(p.indicator.value ?? 0);
      const mark = p.indicator.met === null ? '' : p.indicator.met ? '✓ ' : '✗ ';
      return {
        year: p.year,
        x: gap + i * (barWidth + gap),
        y: baseline - h,
        labelY: labelBaseline(baseline - h, baseline - scale(target)),
        width: barWidth,
        height: h,
        label: `${mark}${p.indicator.valueText}`,
        met: p.indicator.met,
      };
    }),
  };
}
