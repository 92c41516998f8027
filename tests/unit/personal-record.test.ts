// The record of the personal values a release publishes (src/lib/deploy/personal-record.ts), what rollback
// learns from two releases' records, and what pruning drops with them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_RECORD, formatRecord, keepRecord, parseRecord, publishedValues, readRecord, RECORDS, republished } from '../../src/lib/deploy/personal-record.ts';
import { admit, currentRelease, prune, releases, switchTo } from '../../src/lib/deploy/releases.ts';
import { publicData } from '../../src/schemas/personal.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { fieldsOf } from '../../src/schemas/walk.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const experts = fieldsOf(SCHEMAS.experts);
const projects = fieldsOf(SCHEMAS.projects);
const expert = (consent: boolean, name = '李明远') => publicData(experts, { title: '财务专家', name, consent });

describe('what a release records', () => {
  it('a name published with consent, and nothing for one without', () => {
    const shown = publishedValues(experts, 'experts/a', '财务专家', expert(true));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ entry: 'experts/a', title: '财务专家', field: '姓名' });
    expect(shown[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(formatRecord(shown)).not.toContain('李明远');
    expect(publishedValues(experts, 'experts/a', '财务专家', expert(false))).toEqual([]);
  });

  it('personal fields inside lists and objects, by their label', () => {
    const data = { title: '项目', provider: { org: '某合作社', person: '张三', contact: '13800000000', consent: true } };
    const fields = publishedValues(projects, 'projects/p', '项目', publicData(projects, data)).map((v) => v.field);
    expect(fields.length).toBe(2);
    expect(fields.every((f) => f.includes('›'))).toBe(true);
  });

  it('reads back what it wrote, a title with a tab or line break included', () => {
    const values = publishedValues(experts, 'experts/a', '财务\t专家\n（成都）', expert(true));
    expect(parseRecord(formatRecord(values))).toEqual(values.map((v) => ({ ...v, title: '财务 专家 （成都）' })));
  });
});

describe('what rollback learns from two records', () => {
  const root = scratchDir('personal-record-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const record = (release: string, ...names: string[]) => {
    mkdirSync(join(root, RECORDS), { recursive: true });
    writeFileSync(join(root, RECORDS, `${release}.tsv`), formatRecord(names.flatMap((n, i) => publishedValues(experts, `experts/e${i}`, `专家${i}`, expert(true, n)))));
  };

  it('a value the live release no longer publishes, named by its entry', () => {
    record('old', '李明远', '王芳');
    record('live', '王芳');
    expect(republished(root, 'live', 'old')?.map((v) => v.entry)).toEqual(['experts/e0']);
  });

  it('nothing when the older release publishes nothing the live one withdrew', () => {
    record('older', '王芳');
    expect(republished(root, 'live', 'older')).toEqual([]);
  });

  it('cannot say without a record', () => {
    expect(republished(root, 'live', 'unrecorded')).toBeUndefined();
  });
});

describe('pruning with --prune-withdrawn', () => {
  const root = scratchDir('prune-withdrawn-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** Publishes a release that shows the given experts' names, as npm run publish does. */
  const publish = (release: string, ...names: string[]) => {
    const staged = join(root, `.staged-${release}`);
    mkdirSync(staged, { recursive: true });
    writeFileSync(join(staged, 'index.html'), release);
    writeFileSync(join(staged, BUILT_RECORD), formatRecord(names.flatMap((n, i) => publishedValues(experts, `experts/e${i}`, `专家${i}`, expert(true, n)))));
    keepRecord(root, staged, release);
    admit(root, staged, release);
    switchTo(root, release);
  };

  it('removes every older release that publishes a value the live one withdrew, with its record; keeps the others', () => {
    publish('r1', '王芳');
    publish('r2', '王芳', '李明远');
    publish('r3', '王芳', '李明远');
    expect(prune(root, 5)).toEqual([]);
    publish('r4', '王芳');
    // Without the flag, rollback's refusal guards them; with it, no release on the server holds the name any more.
    expect(prune(root, 5)).toEqual([]);
    expect(prune(root, 5, true)).toEqual(['r2', 'r3']);
    expect(releases(root)).toEqual(['r1', 'r4']);
    expect(readRecord(root, 'r2')).toBeUndefined();
    expect(currentRelease(root)).toBe('r4');
  });
});
