import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { isOnOffer } from '../../lib/projects.ts';
import { entryUrl } from '../../lib/urls.ts';
import type { StartIndex } from '../../lib/matching.ts';
import { OFFERED_STAGES, WITHDRAWN_STAGE } from '../../schemas/taxonomies.ts';

/**
 * The compact index the 我要创业 page matches against: only what it shows. Withdrawn (已下架) and expired projects
 * are left out; projects not yet reviewed stay in, listed after the reviewed ones.
 */
export const GET: APIRoute = async () => {
  const c = await loadContent();
  const today = new Date();
  const index: StartIndex = {
    projects: c.projects
      .filter((p) => p.data.stage !== WITHDRAWN_STAGE && (!OFFERED_STAGES.includes(p.data.stage) || isOnOffer(p.data, today)))
      .map((p) => ({
        id: p.id,
        title: p.data.title,
        url: entryUrl('projects', p.id),
        groups: [...p.data.groups],
        min: p.data.invest_min,
        max: p.data.invest_max,
        stage: p.data.stage,
        industry: p.data.industry,
        cities: p.data.cities,
        cityNames: p.data.cities.map((id) => c.city(id).data.name),
        sample: p.data.sample,
      })),
    incubators: c.incubators
      .filter((i) => i.data.status === '运营中')
      .map((i) => ({
        id: i.id,
        title: i.data.title,
        url: entryUrl('incubators', i.id),
        lat: i.data.location.lat,
        lng: i.data.location.lng,
        city: c.city(i.data.city).data.name,
        province: c.city(i.data.city).data.province,
        sample: i.data.sample,
      })),
    policies: c.policies.map((p) => ({ id: p.id, title: p.data.title, url: entryUrl('policies', p.id), cities: p.data.cities })),
    cities: c.cities.map((x) => ({
      id: x.id,
      name: x.data.name,
      province: x.data.province,
      lat: x.data.location.lat,
      lng: x.data.location.lng,
      agency: x.data.agency,
    })),
    stories: c.stories.map((s) => ({
      id: s.id,
      title: s.data.title,
      url: entryUrl('stories', s.id),
      group: s.data.group,
      city: s.data.city,
      sample: s.data.sample,
    })),
  };
  return Response.json(index);
};
