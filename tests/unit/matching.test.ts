import { describe, expect, it } from 'vitest';
import { evaluationText, suggestExperts } from '../../src/collections/experts/domain.ts';
import {
  applicablePolicies,
  budgetProblem,
  cityEvents,
  closestFarPlace,
  distanceKm,
  matchProjects,
  nearestPlaces,
  projectsElsewhere,
  readAnswers,
  similarStories,
  type StartIndex,
} from '../../src/lib/domain/matching.ts';

const project = (id: string, over: Partial<StartIndex['projects'][number]> = {}) => ({
  id,
  title: id,
  url: `/projects/${id}/`,
  groups: ['高校毕业生'],
  min: 20_000,
  max: 40_000,
  stage: '推介中',
  industry: '教育',
  cities: [],
  cityNames: [],
  sample: true,
  ...over,
});

const index: StartIndex = {
  projects: [
    project('cheap'),
    project('dear', { min: 60_000, max: 90_000 }),
    project('other-group', { groups: ['残疾人'] }),
    project('unreviewed', { stage: '征集中', min: 10_000 }),
    project('reviewed', { stage: '已论证', min: 5_000 }),
    project('wuhan-only', { cities: ['wuhan'] }),
    project('chengdu-only', { cities: ['chengdu'], industry: '制造业' }),
  ],
  incubators: [
    { id: 'far', title: 'far', url: '/i/far/', lat: 39.9, lng: 116.4, city: '北京市', province: '北京市', sample: true },
    { id: 'near', title: 'near', url: '/i/near/', lat: 30.67, lng: 104.08, city: '成都市', province: '四川省', sample: true },
    // 460 km from 成都 but in 四川: nearby for a Sichuan founder.
    { id: 'panzhihua', title: 'p', url: '/i/p/', lat: 26.58, lng: 101.72, city: '攀枝花市', province: '四川省', sample: true },
    { id: 'mid', title: 'mid', url: '/i/mid/', lat: 29.56, lng: 106.55, city: '重庆市', province: '重庆市', sample: true },
  ],
  training: [
    { id: 'rongcheng', title: 'r', url: '/training/r/', lat: 30.67, lng: 104.05, city: '成都市', province: '四川省', sample: true, courses: ['SYB'], fee: '免费' },
    { id: 'jingshi', title: 'j', url: '/training/j/', lat: 39.92, lng: 116.45, city: '北京市', province: '北京市', sample: true, courses: ['GYB'], fee: '免费' },
  ],
  policies: [
    { id: 'national', title: 'n', url: '/p/n/', cities: [] },
    { id: 'chengdu', title: 'c', url: '/p/c/', cities: ['chengdu'] },
    { id: 'wuhan', title: 'w', url: '/p/w/', cities: ['wuhan'] },
  ],
  cities: [{ id: 'chengdu', name: '成都市', province: '四川省', lat: 30.66, lng: 104.07, agency: '成都市人社局' }],
  stories: [
    { id: 'a', title: 'a', url: '/s/a/', group: '高校毕业生', city: 'wuhan', sample: true },
    { id: 'b', title: 'b', url: '/s/b/', group: '高校毕业生', city: 'chengdu', sample: true },
    { id: 'c', title: 'c', url: '/s/c/', group: '残疾人', city: 'chengdu', sample: true },
  ],
  experts: [
    expert('any-industry', 'chengdu', []),
    expert('wuhan-food', 'wuhan', ['住宿和餐饮业']),
    expert('chengdu-factory', 'chengdu', ['制造业']),
    expert('chengdu-food', 'chengdu', ['住宿和餐饮业']),
  ],
  events: [
    { id: 'over', title: 'o', url: '/events/o/', city: 'chengdu', when: '', end: '2026-01-01T08:00:00.000Z', sample: true },
    { id: 'soon', title: 's', url: '/events/s/', city: 'chengdu', when: '', end: '2026-12-10T08:30:00.000Z', sample: true },
    { id: 'elsewhere', title: 'e', url: '/events/e/', city: 'wuhan', when: '', end: '2026-12-10T08:30:00.000Z', sample: true },
  ],
};

function expert(id: string, city: string, industries: string[]) {
  return { id, title: id, url: `/experts/${id}/`, city, industries, specialties: ['财务'], services: ['面谈服务'], sample: true };
}

const answers = { group: '高校毕业生', budget: 50_000, city: 'chengdu' };

describe('我要创业 matching', () => {
  it('reads answers from the URL, budget in 万元', () => {
    expect(readAnswers(new URLSearchParams('group=高校毕业生&budget=5&city=chengdu'))).toEqual({ ...answers, industry: undefined });
    expect(readAnswers(new URLSearchParams('group=高校毕业生&city=chengdu'))).toBeNull();
    expect(readAnswers(new URLSearchParams('group=高校毕业生&budget=-1&city=chengdu'))).toBeNull();
  });

  it('keeps projects for the group, within budget, for the city or any city; reviewed first', () => {
    expect(matchProjects(index, answers).map((p) => p.id)).toEqual(['cheap', 'chengdu-only', 'reviewed', 'unreviewed']);
    expect(matchProjects(index, { ...answers, industry: '制造业' }).map((p) => p.id)).toEqual(['chengdu-only']);
    expect(matchProjects(index, { ...answers, budget: 5_000 }).map((p) => p.id)).toEqual(['reviewed']);
  });

  it('lists as nearby only incubators within 300 km or in the same province, nearest first', () => {
    expect(distanceKm({ lat: 30.66, lng: 104.07 }, { lat: 39.9, lng: 116.4 })).toBeCloseTo(1520, -2);
    // 重庆 is ~270 km away: nearby; 北京 is 1,500 km away: not.
    expect(nearestPlaces(index.incubators, index, 'chengdu').map((i) => i.id)).toEqual(['near', 'mid', 'panzhihua']);
    expect(closestFarPlace(index.incubators, index, 'chengdu')).toBeUndefined();
    expect(nearestPlaces(index.incubators, index, 'nowhere')).toEqual([]);
    const lhasa = { ...index, cities: [...index.cities, { id: 'lhasa', name: '拉萨市', province: '西藏自治区', lat: 29.65, lng: 91.13, agency: '' }] };
    expect(nearestPlaces(lhasa.incubators, lhasa, 'lhasa')).toEqual([]);
    expect(closestFarPlace(lhasa.incubators, lhasa, 'lhasa')).toMatchObject({ id: 'panzhihua' });
  });

  it('finds the nearest training institutions the same way, and the closest one when none is near', () => {
    expect(nearestPlaces(index.training, index, 'chengdu').map((t) => t.id)).toEqual(['rongcheng']);
    expect(nearestPlaces(index.training, index, 'chengdu')[0]).toMatchObject({ km: 2, courses: ['SYB'] });
    const lhasa = { ...index, cities: [...index.cities, { id: 'lhasa', name: '拉萨市', province: '西藏自治区', lat: 29.65, lng: 91.13, agency: '' }] };
    expect(closestFarPlace(lhasa.training, lhasa, 'lhasa')).toMatchObject({ id: 'rongcheng' });
  });

  it('offers suitable projects recommended for other cities when the city has few', () => {
    expect(projectsElsewhere(index, answers)).toEqual([]);
    const few = { ...answers, industry: '制造业' };
    expect(matchProjects(index, few).map((p) => p.id)).toEqual(['chengdu-only']);
    const manufacturing = { ...index, projects: [...index.projects, project('wuhan-factory', { cities: ['wuhan'], industry: '制造业' })] };
    expect(projectsElsewhere(manufacturing, few).map((p) => p.id)).toEqual(['wuhan-factory']);
  });

  it('asks for the budget in 万元 and explains a figure typed in 元', () => {
    expect(budgetProblem('3')).toBeUndefined();
    expect(budgetProblem('30000')).toBe('预算的单位是万元：您填写的 30000 表示 30000 万元。如果您的预算是 3 万元（30000 元），请填写 3。');
    expect(budgetProblem('')).toMatch(/请填写预算金额/);
    expect(readAnswers(new URLSearchParams('group=高校毕业生&budget=30000&city=chengdu'))).toBeNull();
  });

  it('applies national and city policies, and finds stories of the same group, same city first', () => {
    expect(applicablePolicies(index, 'chengdu').map((p) => p.id)).toEqual(['national', 'chengdu']);
    expect(similarStories(index, answers).map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('suggests the experts of the founder\'s city, those who know the industry first, never another city\'s', () => {
    expect(suggestExperts(index.experts, 'chengdu', '住宿和餐饮业').map((x) => x.id)).toEqual(['chengdu-food', 'any-industry', 'chengdu-factory']);
    expect(suggestExperts(index.experts, 'chengdu').map((x) => x.id)).toEqual(['any-industry', 'chengdu-factory', 'chengdu-food']);
    expect(suggestExperts(index.experts, 'beijing', '住宿和餐饮业')).toEqual([]);
  });

  it('shows an expert\'s evaluation only with its source and date, and says when there is none', () => {
    expect(evaluationText({ evaluation: undefined })).toBe('暂无评估');
    expect(evaluationText({ evaluation: { satisfaction: 92, served: 1460, source: '某市就业局评估', date: new Date('2026-01-20') } })).toBe(
      '创业者满意度 92%，服务 1,460 人次（某市就业局评估，2026年1月20日）',
    );
  });

  it('lists the founder\'s city\'s events not yet over when the page is read', () => {
    expect(cityEvents(index, 'chengdu', new Date('2026-12-02T00:00:00Z')).map((e) => e.id)).toEqual(['soon']);
    expect(cityEvents(index, 'chengdu', new Date('2026-12-11T00:00:00Z'))).toEqual([]);
  });
});
