/** The national picture of the key cities: who reports, who meets which target, and a ranking. */
import type { City } from '../content/entries.ts';
import { evaluateYear, latestResult, targetText, TARGETS, type Indicator, type IndicatorKey } from '../domain/targets.ts';

export interface RankingRow {
  id: string;
  name: string;
  province: string;
  status: string;
  year: number | null;
  met: number | null;
  total: number;
  /** The latest year's figures are invented for demonstration. */
  sample: boolean;
  indicators: Partial<Record<IndicatorKey, Indicator>>;
}

export function rankingRows(cities: readonly City[]): RankingRow[] {
  return cities.map((c) => {
    const latest = latestResult(c.data);
    const indicators = latest ? evaluateYear(latest, c.data.municipality) : [];
    return {
      id: c.id,
      name: c.data.name,
      province: c.data.province,
      status: c.data.list_status,
      year: latest?.year ?? null,
      met: latest ? indicators.filter((i) => i.met).length : null,
      total: indicators.length,
      sample: latest?.sample ?? false,
      indicators: Object.fromEntries(indicators.map((i) => [i.key, i])),
    };
  });
}

export interface TargetSummary {
  key: IndicatorKey;
  label: string;
  targetText: string;
  met: number;
}

/** 「≥ n 人，直辖市 ≥ m 人」 where the plan sets municipalities apart, else the one target. */
function withMunicipality(key: IndicatorKey): string {
  const t = TARGETS.find((x) => x.key === key)!;
  return t.municipality === undefined ? targetText(t) : `${targetText(t)}，直辖市 ${targetText(t, true)}`;
}

export function nationalOverview(rows: readonly RankingRow[]) {
  const reporting = rows.filter((r) => r.year !== null);
  const keys = reporting[0] ? (Object.keys(reporting[0].indicators) as IndicatorKey[]) : [];
  const targets: TargetSummary[] = keys.map((key) => {
    const first = reporting[0]!.indicators[key]!;
    return {
      key,
      label: first.label,
      // Municipalities may have a higher target; say both rather than whichever city came first.
      targetText: withMunicipality(key),
      met: reporting.filter((r) => r.indicators[key]?.met).length,
    };
  });
  const allMet = reporting.filter((r) => r.met === r.total);
  const years = [...new Set(reporting.map((r) => r.year!))].sort((a, b) => a - b);
  return {
    cities: rows.length,
    reporting: reporting.length,
    /** How many targets a year is judged on. */
    targetCount: keys.length,
    /** The reported years the verdicts count (each city's latest), e.g. [2009] or [2008, 2009]. */
    years,
    /** The cities meeting every target in their latest year, named with that year. */
    allMet: allMet.map((r) => ({ id: r.id, name: r.name, year: r.year! })),
    sample: reporting.some((r) => r.sample),
    targets,
  };
}
