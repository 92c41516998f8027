/**
 * "我要创业": what the portal offers one founder, from a compact index built at build time (/start/index.json).
 * Pure functions, shared by the page script and the unit tests.
 */
import { LIFECYCLE, OFFERED_STAGES, type Stage } from '../../schemas/taxonomies.ts';
import type { ExpertCard } from '../../collections/experts/domain.ts';

/** Somewhere a founder can go: an incubator or a training institution. */
export interface Place {
  id: string;
  title: string;
  url: string;
  lat: number;
  lng: number;
  city: string;
  province: string;
  sample: boolean;
}

export interface StartIndex {
  projects: {
    id: string;
    title: string;
    url: string;
    groups: string[];
    min: number;
    max: number;
    stage: string;
    industry: string;
    cities: string[];
    /** The recommended cities' names, to say where a project from elsewhere is recommended. */
    cityNames: string[];
    sample: boolean;
  }[];
  incubators: Place[];
  /** 创业培训定点机构 recognised today, with what they teach and whether it is free. */
  training: (Place & { courses: string[]; fee: string })[];
  policies: { id: string; title: string; url: string; cities: string[] }[];
  cities: { id: string; name: string; province: string; lat: number; lng: number; agency: string }[];
  stories: { id: string; title: string; url: string; group: string; city: string; sample: boolean }[];
  /** 创业专家, booked through the city's service desk. */
  experts: ExpertCard[];
  /** 活动 not yet over when the site was built; the page drops those over by the time it is read. */
  events: { id: string; title: string; url: string; city: string; when: string; end: string; sample: boolean }[];
}

export interface Answers {
  group: string;
  /** Budget in 元. */
  budget: number;
  city: string;
  industry?: string | undefined;
}

/** Answers from the page URL (`?group=高校毕业生&budget=5&city=chengdu`; budget in 万元), or null if incomplete
 * or the budget cannot be right (see budgetProblem). */
export function readAnswers(params: URLSearchParams): Answers | null {
  const group = params.get('group') ?? '';
  const city = params.get('city') ?? '';
  const budget = Number(params.get('budget'));
  if (!group || !city || budgetProblem(params.get('budget') ?? '')) return null;
  const industry = params.get('industry') || undefined;
  return { group, city, budget: Math.round(budget * 10_000), industry };
}

/** 推介中 first, then 已论证, then the rest in lifecycle order. */
const STAGE_RANK = (stage: string) => {
  const offered = OFFERED_STAGES.indexOf(stage as Stage);
  return offered >= 0 ? offered : OFFERED_STAGES.length + LIFECYCLE.indexOf(stage as Stage);
};

/**
 * Projects for this founder: suited to their group, affordable (the minimum investment within budget), in their
 * industry if they named one, and recommended for their city (or for any city). Reviewed projects first.
 * The index holds only projects still on offer, so withdrawn and expired ones never appear.
 */
export function matchProjects(index: StartIndex, a: Answers): StartIndex['projects'] {
  return suited(index, a).filter((p) => p.cities.length === 0 || p.cities.includes(a.city));
}

/** Suited to the group, affordable, in the industry if named: wherever recommended. Reviewed first. */
function suited(index: StartIndex, a: Answers): StartIndex['projects'] {
  return index.projects
    .filter((p) => p.groups.includes(a.group) && p.min <= a.budget && (!a.industry || p.industry === a.industry))
    .sort((x, y) => STAGE_RANK(x.stage) - STAGE_RANK(y.stage) || x.min - y.min);
}

/** Fewer matches than this for the city, and projects recommended for other cities are offered too. */
export const ENOUGH_HERE = 3;

/**
 * When the founder's city has few matching projects: those that suit them but are recommended for other cities,
 * to be shown as such (a project may well work elsewhere too).
 */
export function projectsElsewhere(index: StartIndex, a: Answers): StartIndex['projects'] {
  if (matchProjects(index, a).length >= ENOUGH_HERE) return [];
  return suited(index, a).filter((p) => p.cities.length > 0 && !p.cities.includes(a.city));
}

/** Budgets are asked in 万元; anything above this was almost certainly typed in 元. */
export const MAX_BUDGET_WAN = 1000;

/** Why a budget (as typed, in 万元) cannot be used, or undefined. */
export function budgetProblem(typed: string): string | undefined {
  const wan = Number(typed);
  if (typed.trim() === '' || !Number.isFinite(wan)) return '请填写预算金额（单位：万元），例如 3 表示 3 万元。';
  if (wan <= 0) return '预算应大于 0 万元。';
  if (wan > MAX_BUDGET_WAN) {
    return `预算的单位是万元：您填写的 ${typed} 表示 ${typed} 万元。如果您的预算是 ${wan / 10_000} 万元（${wan} 元），请填写 ${wan / 10_000}。`;
  }
  return undefined;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** How far a place may be and still be 「nearby」: a day trip, or anywhere in the same province. */
export const NEARBY_KM = 300;

/** The places (incubators, training institutions) near the founder's city — within NEARBY_KM or in the same
 * province — nearest first. */
export function nearestPlaces<P extends Place>(places: readonly P[], index: StartIndex, cityId: string, limit = 5) {
  return byDistance(places, index, cityId)
    .filter((i) => i.km <= NEARBY_KM || i.sameProvince)
    .slice(0, limit);
}

/** When none is nearby: the closest one, to be shown with its distance as not nearby. */
export function closestFarPlace<P extends Place>(places: readonly P[], index: StartIndex, cityId: string) {
  return nearestPlaces(places, index, cityId).length ? undefined : byDistance(places, index, cityId)[0];
}

function byDistance<P extends Place>(places: readonly P[], index: StartIndex, cityId: string) {
  const city = index.cities.find((c) => c.id === cityId);
  if (!city) return [];
  return places
    .map((i) => ({ ...i, km: Math.round(distanceKm(city, i)), sameProvince: i.province === city.province }))
    .sort((x, y) => x.km - y.km);
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

/** Events in the founder's city that are not over yet, soonest first (`end` is an ISO time). */
export function cityEvents(index: StartIndex, cityId: string, now: Date, limit = 5) {
  return index.events.filter((e) => e.city === cityId && new Date(e.end).getTime() >= now.getTime()).slice(0, limit);
}
