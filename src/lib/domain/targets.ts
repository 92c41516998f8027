import { yearlyResultSchema, type City, type YearlyResult } from '../../collections/cities/schema.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { formatNumber, formatPercent } from '../core/format.ts';

/**
 * The work plan's yearly targets (工作方案 二、工作目标), declared once: the value, how it is measured and compared,
 * and its Chinese wording. Verdicts, charts, tables, the overview, the 政策解读 component and /about/ all read this.
 */
type Measure = (r: YearlyResult) => number | null;
interface TargetSpec {
  key: IndicatorKey;
  /** Short name in tables and charts. */
  label: string;
  /** The plan's own words for the target. */
  plan: string;
  /** How the figure is computed. */
  basis: string;
  /** count: at least n people; rate: at least a share; perStart: at least n jobs per business started. */
  kind: 'count' | 'rate' | 'perStart';
  target: number;
  /** The higher target of the four municipalities, where the plan sets one. */
  municipality?: number;
  measure: Measure;
}

export type IndicatorKey = 'trained' | 'passRate' | 'startRate' | 'jobsPerStart' | 'survivalRate';

export const TARGETS: readonly TargetSpec[] = [
  { key: 'trained', label: labelsOf(yearlyResultSchema).trained, plan: '开展创业能力培训', basis: '全年开展创业能力培训人数', kind: 'count', target: 1500, municipality: 3000, measure: (r) => r.trained },
  { key: 'passRate', label: '培训合格率', plan: '培训合格率', basis: '合格人数 ÷ 培训人数', kind: 'rate', target: 0.8, measure: (r) => ratio(r.passed, r.trained) },
  { key: 'startRate', label: '半年内开业成功率', plan: '经创业服务后半年内开业成功率', basis: '半年内开业人数 ÷ 合格人数', kind: 'rate', target: 0.5, measure: (r) => ratio(r.started, r.passed) },
  { key: 'jobsPerStart', label: '带动就业', plan: '带动就业率', basis: '带动就业人数 ÷ 开业人数', kind: 'perStart', target: 5, measure: (r) => ratio(r.jobs, r.started) },
  { key: 'survivalRate', label: '一年以上稳定经营率', plan: '开业企业一年以上稳定经营率', basis: '稳定经营数 ÷ 开业人数', kind: 'rate', target: 0.8, measure: (r) => ratio(r.surviving, r.started) },
];

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

/** The target that applies to a city. */
export const targetFor = (t: TargetSpec, municipality: boolean) => (municipality && t.municipality !== undefined ? t.municipality : t.target);

const spec = (key: IndicatorKey) => TARGETS.find((t) => t.key === key)!;

export function traineeTarget(municipality: boolean): number {
  return targetFor(spec('trained'), municipality);
}

const NO_DATA = '暂无数据';

/** A figure in the target's own terms: 1,548 人, 79.1%, 1∶5.2. */
function figure(t: TargetSpec, v: number): string {
  if (t.kind === 'count') return `${formatNumber(v)} 人`;
  if (t.kind === 'rate') return formatPercent(v);
  return `1∶${Math.round(v * 10) / 10}`;
}

/** The target as a condition: ≥ 1,500 人, ≥ 80%, 1∶5. */
export function targetText(t: TargetSpec, municipality = false): string {
  const n = targetFor(t, municipality);
  return t.kind === 'perStart' ? figure(t, n) : `≥ ${figure(t, n)}`;
}

/** The target as the plan words it: 1,500 人以上, 80% 以上, 1∶5. */
export function planText(t: TargetSpec, municipality = false): string {
  const n = targetFor(t, municipality);
  if (t.kind === 'count') return `${formatNumber(n)} 人以上`;
  return t.kind === 'perStart' ? figure(t, n) : `${figure(t, n)} 以上`;
}

/** One year's results held against each target. */
export function evaluateYear(result: YearlyResult, municipality: boolean): Indicator[] {
  return TARGETS.map((t) => {
    const value = t.measure(result);
    const target = targetFor(t, municipality);
    return {
      key: t.key,
      label: t.label,
      basis: t.basis,
      target,
      targetText: targetText(t, municipality),
      value,
      valueText: value === null ? NO_DATA : figure(t, value),
      met: value === null ? null : value >= target,
    };
  });
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
