/** What a founder is told about an expert's evaluation, and which experts suit a founder. */
import type { Expert } from './schema.ts';
import { formatDate, formatNumber } from '../../lib/core/format.ts';

export const NO_EVALUATION = '暂无评估';

/** The plan asks that service quality and founders' satisfaction be evaluated: a figure is shown only with its
 * source and date, and an expert without one says so rather than showing nothing. */
export function evaluationText(e: Pick<Expert, 'evaluation'>): string {
  const v = e.evaluation;
  if (!v) return NO_EVALUATION;
  const served = v.served !== undefined ? `，服务 ${formatNumber(v.served)} 人次` : '';
  return `创业者满意度 ${v.satisfaction}%${served}（${v.source}，${formatDate(v.date)}）`;
}

export interface ExpertCard {
  id: string;
  title: string;
  url: string;
  city: string;
  industries: string[];
  specialties: string[];
  services: string[];
  sample: boolean;
}

/** Experts for a founder: those in the founder's city first, within them those who know the industry (or any
 * industry, an expert who lists none), then the rest of the city. Only the founder's city: the service is booked
 * at the local desk. */
export function suggestExperts<E extends Pick<ExpertCard, 'city' | 'industries'>>(experts: readonly E[], cityId: string, industry?: string, limit = 5): E[] {
  const here = experts.filter((e) => e.city === cityId);
  const fits = (e: E) => !industry || e.industries.length === 0 || e.industries.includes(industry);
  const specific = (e: E) => Boolean(industry && e.industries.includes(industry));
  return [...here.filter(specific), ...here.filter((e) => fits(e) && !specific(e)), ...here.filter((e) => !fits(e))].slice(0, limit);
}
