import type { City, YearlyResult } from '../schemas/cities.ts';
import { formatNumber, formatPercent } from './format.ts';

/** The work plan's yearly targets (工作方案 二、工作目标). */
export const PLAN_TARGETS = {
  trained: 1500,
  trainedMunicipality: 3000,
  passRate: 0.8,
  startRate: 0.5,
  jobsPerStart: 5,
  survivalRate: 0.8,
} as const;

export type IndicatorKey = 'trained' | 'passRate' | 'startRate' | 'jobsPerStart' | 'survivalRate';

export interface Indicator {
  key: IndicatorKey;
  label: string;
  /** How the rate is computed, shown beside the figures. */
  basis: string;
  target: number;
  targetText: string;
  /** null when the year reports nothing to divide by. */
  value: number | null;
  valueText: string;
  met: boolean | null;
}

/** n / d, or null when there is nothing to divide by. */
export function ratio(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

export function traineeTarget(municipality: boolean): number {
  return municipality ? PLAN_TARGETS.trainedMunicipality : PLAN_TARGETS.trained;
}

const NO_DATA = '暂无数据';
const percentOrNone = (v: number | null) => (v === null ? NO_DATA : formatPercent(v));

/** One year's results held against each target. */
export function evaluateYear(result: YearlyResult, municipality: boolean): Indicator[] {
  const trainedTarget = traineeTarget(municipality);
  const jobs = ratio(result.jobs, result.started);
  const rows: Omit<Indicator, 'met'>[] = [
    {
      key: 'trained',
      label: '培训人数',
      basis: '全年开展创业能力培训人数',
      target: trainedTarget,
      targetText: `≥ ${formatNumber(trainedTarget)} 人`,
      value: result.trained,
      valueText: `${formatNumber(result.trained)} 人`,
    },
    {
      key: 'passRate',
      label: '培训合格率',
      basis: '合格人数 ÷ 培训人数',
      target: PLAN_TARGETS.passRate,
      targetText: '≥ 80%',
      value: ratio(result.passed, result.trained),
      valueText: percentOrNone(ratio(result.passed, result.trained)),
    },
    {
      key: 'startRate',
      label: '半年内开业成功率',
      basis: '半年内开业人数 ÷ 合格人数',
      target: PLAN_TARGETS.startRate,
      targetText: '≥ 50%',
      value: ratio(result.started, result.passed),
      valueText: percentOrNone(ratio(result.started, result.passed)),
    },
    {
      key: 'jobsPerStart',
      label: '带动就业',
      basis: '带动就业人数 ÷ 开业人数',
      target: PLAN_TARGETS.jobsPerStart,
      targetText: '1∶5',
      value: jobs,
      valueText: jobs === null ? NO_DATA : `1∶${Math.round(jobs * 10) / 10}`,
    },
    {
      key: 'survivalRate',
      label: '一年以上稳定经营率',
      basis: '稳定经营数 ÷ 开业人数',
      target: PLAN_TARGETS.survivalRate,
      targetText: '≥ 80%',
      value: ratio(result.surviving, result.started),
      valueText: percentOrNone(ratio(result.surviving, result.started)),
    },
  ];
  return rows.map((r) => ({ ...r, met: r.value === null ? null : r.value >= r.target }));
}

/** The most recent reported year, if any. */
export function latestResult(city: Pick<City, 'results'>): YearlyResult | undefined {
  return [...city.results].sort((a, b) => b.year - a.year)[0];
}

/** How many targets the latest year meets, for lists and overviews. */
export function targetsMet(city: Pick<City, 'results' | 'municipality'>): { met: number; total: number } | null {
  const latest = latestResult(city);
  if (!latest) return null;
  const indicators = evaluateYear(latest, city.municipality);
  return { met: indicators.filter((i) => i.met).length, total: indicators.length };
}
