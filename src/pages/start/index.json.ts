import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { placeOf } from '../../map/index.ts';
import { isRecognised } from '../../collections/training/domain.ts';
import { isOnOffer } from '../../collections/projects/domain.ts';
import { entryUrl } from '../../lib/core/urls.ts';
import { calendarOrder } from '../../collections/events/domain.ts';
import { formatTimeSpan } from '../../lib/core/format.ts';
import type { StartIndex } from '../../lib/domain/matching.ts';
import { OFFERED_STAGES, OPEN_INCUBATOR, WITHDRAWN_STAGE } from '../../schemas/taxonomies.ts';

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
    incubators: c.incubators.filter((i) => i.data.status === OPEN_INCUBATOR).map((i) => placeOf('incubators', i, c)),
    training: c.training
      .filter((t) => isRecognised(t.data, today))
      .map((t) => ({ ...placeOf('training', t, c), courses: [...t.data.courses], fee: t.data.fee })),
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
    experts: c.experts.map((x) => ({
      id: x.id,
      title: x.data.title,
      url: entryUrl('experts', x.id),
      city: x.data.city,
      industries: [...x.data.industries],
      specialties: [...x.data.specialties],
      services: [...x.data.services],
      sample: x.data.sample,
    })),
    events: calendarOrder(c.events, today).upcoming.map((e) => ({
      id: e.id,
      title: e.data.title,
      url: entryUrl('events', e.id),
      city: e.data.city,
      when: formatTimeSpan(e.data.start, e.data.end),
      end: e.data.end.toISOString(),
      sample: e.data.sample,
    })),
  };
  return Response.json(index);
};
