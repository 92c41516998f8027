// The shipped content: valid against the schemas, relations intact, and the sample set as large and as
// clearly labelled as the foundation issue asks.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { schemas } from '../../src/schemas/index.ts';
import { findBrokenRelations } from '../../src/lib/relations.ts';
import { LIFECYCLE } from '../../src/schemas/taxonomies.ts';
import { COLLECTION_NAMES, readCollection, type ContentFile } from '../helpers/content.ts';

const all = schemas(() => z.string());
const content = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, readCollection(n)])) as Record<
  (typeof COLLECTION_NAMES)[number],
  ContentFile[]
>;
const parsed = <T>(name: keyof typeof all, f: ContentFile) => all[name].parse(f.data) as T;

describe('shipped content', () => {
  it.each(COLLECTION_NAMES)('every %s file passes its schema', (name) => {
    for (const f of content[name]) {
      const result = all[name].safeParse(f.data);
      expect(result.success ? [] : result.error.issues, f.file).toEqual([]);
    }
  });

  it('has no broken relation', () => {
    const loaded = (n: (typeof COLLECTION_NAMES)[number]) =>
      content[n].map((f) => ({ id: f.id, filePath: f.file, data: f.data }));
    expect(
      findBrokenRelations(all, {
        policies: loaded('policies'),
        stories: loaded('stories'),
        projects: loaded('projects'),
        incubators: loaded('incubators'),
        cities: loaded('cities'),
      }),
    ).toEqual([]);
  });

  it('uses file names that are valid URL slugs', () => {
    for (const name of COLLECTION_NAMES) {
      for (const f of content[name]) expect(f.id, f.file).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('ships at least 12 stories, 30 projects, 20 incubators and 30 cities with results', () => {
    expect(content.stories.length).toBeGreaterThanOrEqual(12);
    expect(content.projects.length).toBeGreaterThanOrEqual(30);
    expect(content.incubators.length).toBeGreaterThanOrEqual(20);
    const reporting = content.cities.filter((c) => (c.data.results as unknown[]).length > 0);
    expect(reporting.length).toBeGreaterThanOrEqual(30);
  });

  it('spreads projects over 8+ industries and every lifecycle stage, incubators over 10+ cities', () => {
    const projects = content.projects.map((f) => parsed<{ industry: string; stage: string }>('projects', f));
    expect(new Set(projects.map((p) => p.industry)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(projects.map((p) => p.stage))).toEqual(new Set(LIFECYCLE));
    expect(new Set(content.incubators.map((f) => f.data.city)).size).toBeGreaterThanOrEqual(10);
  });

  it('marks every invented story, project, incubator and city figure as sample', () => {
    for (const name of ['stories', 'projects', 'incubators'] as const) {
      for (const f of content[name]) expect(f.data.sample, f.file).toBe(true);
    }
    for (const f of content.cities) {
      for (const r of f.data.results as { sample?: boolean; source: string }[]) {
        expect(r.sample, f.file).toBe(true);
      }
    }
  });

  it('names no real person: every story uses a 化名', () => {
    for (const f of content.stories) expect(f.data.person, f.file).toMatch(/（化名）$/);
  });
});
