/**
 * "我要创业": what the portal offers one founder, from a compact index built at build time (/start/index.json).
 * Pure functions, shared by the page script and the unit tests.
 */
import { LIFECYCLE } from '../schemas/taxonomies.ts';

export interface StartIndex {
  projects: { id: string; title: string; url: string; groups: string[]; min: number; max: number; stage: string; industry: string; cities: string[]; sample: boolean }[];
  incubators: { id: string; title: string; url: string; lat: number; lng: number; city: string; sample: boolean }[];
  policies: { id: string; title: string; url: string; cities: string[] }[];
  cities: { id: string; name: string; province: string; lat: number; lng: number; agency: string }[];
  stories: { id: string; title: string; url: string; group: string; city: string; sample: boolean }[];
}

export interface Answers {
  group: string;
  /** Budget in 元. */
  budget: number;
  city: string;
  industry?: string | undefined;
}

/** Answers from the page URL (`?group=高校毕业生&budget=5&city=chengdu`; budget in 万元), or null if incomplete. */
export function readAnswers(params: URLSearchParams): Answers | null {
  const group = params.get('group') ?? '';
  const city = params.get('city') ?? '';
  const budget = Number(params.get('budget'));
  if (!group || !city || !Number.isFinite(budget) || budget <= 0) return null;
  const industry = params.get('industry') || undefined;
  return { group, city, budget: Math.round(budget * 10_000), industry };
}

const STAGE_RANK = (stage: string) => (stage === '推介中' ? 0 : stage === '已论证' ? 1 : 2 + LIFECYCLE.indexOf(stage as never));

/**
 * Projects for this founder: suited to their group, affordable (the minimum investment within budget), in their
 * industry if they named one, and recommended for their city (or for any city). Reviewed projects first.
 * The index holds only projects still on offer, so withdrawn and expired ones never appear.
 */
export function matchProjects(index: StartIndex, a: Answers): StartIndex['projects'] {
  return index.projects
    .filter((p) => p.groups.includes(a.group) && p.min <= a.budget && (!a.industry || p.industry === a.industry))
    .filter((p) => p.cities.length === 0 || p.cities.includes(a.city))
    .sort((x, y) => STAGE_RANK(x.stage) - STAGE_RANK(y.stage) || x.min - y.min);
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The nearest incubators to the founder's city, nearest first. */
export function nearestIncubators(index: StartIndex, cityId: string, limit = 5) {
  const city = index.cities.find((c) => c.id === cityId);
  if (!city) return [];
  return index.incubators
    .map((i) => ({ ...i, km: Math.round(distanceKm(city, i)) }))
    .sort((x, y) => x.km - y.km)
    .slice(0, limit);
}

/** National policies and those of the founder's city. */
export function applicablePolicies(index: StartIndex, cityId: string) {
  return index.policies.filter((p) => p.cities.length === 0 || p.cities.includes(cityId));
}

/** Stories of people in the same group, those from the same city first. */
export function similarStories(index: StartIndex, a: Answers, limit = 5) {
  return index.stories
    .filter((s) => s.group === a.group)
    .sort((x, y) => Number(y.city === a.city) - Number(x.city === a.city))
    .slice(0, limit);
}
