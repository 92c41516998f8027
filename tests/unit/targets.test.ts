import { describe, expect, it } from 'vitest';
import { evaluateYear, latestResult, ratio, targetsMet, traineeTarget } from '../../src/lib/domain/targets.ts';
import type { YearlyResult } from '../../src/collections/cities/schema.ts';

const year = (over: Partial<YearlyResult> = {}): YearlyResult => ({
  year: 2008,
  trained: 1500,
  passed: 1200,
  started: 600,
  jobs: 3000,
  surviving: 480,
  source: 'test',
  sample: true,
  ...over,
});

const byKey = (r: YearlyResult, municipality = false) =>
  Object.fromEntries(evaluateYear(r, municipality).map((i) => [i.key, i]));

describe('plan targets', () => {
  it('asks 1,500 trainees of a city and 3,000 of a municipality', () => {
    expect(traineeTarget(false)).toBe(1500);
    expect(traineeTarget(true)).toBe(3000);
    expect(byKey(year(), true).trained!.met).toBe(false);
    expect(byKey(year(), false).trained!.met).toBe(true);
  });

  it('meets every target exactly at the thresholds', () => {
    const r = byKey(year());
    expect(r.passRate!.value).toBe(0.8);
    expect(r.startRate!.value).toBe(0.5);
    expect(r.jobsPerStart!.value).toBe(5);
    expect(r.survivalRate!.value).toBe(0.8);
    expect(Object.values(r).every((i) => i.met === true)).toBe(true);
  });

  it('misses a target just below it', () => {
    const r = byKey(year({ passed: 1199, jobs: 2999, surviving: 479 }));
    expect(r.passRate!.met).toBe(false);
    expect(r.jobsPerStart!.met).toBe(false);
    expect(r.jobsPerStart!.valueText).toBe('1∶5');
    expect(r.survivalRate!.met).toBe(false);
  });

  it('reports 暂无数据 instead of dividing by zero', () => {
    expect(ratio(5, 0)).toBeNull();
    const r = byKey(year({ trained: 0, passed: 0, started: 0, jobs: 0, surviving: 0 }));
    expect(r.passRate!.value).toBeNull();
    expect(r.passRate!.met).toBeNull();
    expect(r.passRate!.valueText).toBe('暂无数据');
    expect(r.jobsPerStart!.valueText).toBe('暂无数据');
    expect(r.trained!.met).toBe(false);
  });

  it('uses the latest year and copes with none', () => {
    const city = { municipality: false, results: [year({ year: 2008 }), year({ year: 2010, trained: 1400, passed: 1120 }), year({ year: 2009 })] };
    expect(latestResult(city)!.year).toBe(2010);
    expect(targetsMet(city)).toEqual({ met: 4, total: 5 });
    expect(latestResult({ results: [] })).toBeUndefined();
    expect(targetsMet({ municipality: false, results: [] })).toBeNull();
  });
});

describe('the targets, declared once', () => {
  it('word every target from its one number, the way the plan and the verdicts both read it', async () => {
    const { TARGETS, planText, targetText } = await import('../../src/lib/domain/targets.ts');
    const words = Object.fromEntries(TARGETS.map((t) => [t.key, [planText(t), targetText(t), planText(t, true)]]));
    expect(words).toEqual({
      trained: ['1,500 人以上', '≥ 1,500 人', '3,000 人以上'],
      passRate: ['80% 以上', '≥ 80%', '80% 以上'],
      startRate: ['50% 以上', '≥ 50%', '50% 以上'],
      jobsPerStart: ['1∶5', '1∶5', '1∶5'],
      survivalRate: ['80% 以上', '≥ 80%', '80% 以上'],
    });
  });

  it('judge a year by the same numbers it prints: change a target and the verdict and the wording follow', async () => {
    const { TARGETS, evaluateYear } = await import('../../src/lib/domain/targets.ts');
    const pass = TARGETS.find((t) => t.key === 'passRate')! as { target: number };
    const before = pass.target;
    try {
      pass.target = 0.9;
      const i = evaluateYear(year({ trained: 1000, passed: 850 }), false).find((x) => x.key === 'passRate')!;
      expect([i.met, i.targetText]).toEqual([false, '≥ 90%']);
    } finally {
      pass.target = before;
    }
  });
});
