// Personal information (PIPL): what the schemas mark as a private person's data, and what of it may be published.
import { describe, expect, it } from 'vitest';
import { SCHEMAS, COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { personalFields, publicData, withheldFields } from '../../src/schemas/personal.ts';
import { fieldsOf, type FieldInfo } from '../../src/schemas/walk.ts';
import { coverLetter, readSubmission, submissionData, submissionFile } from '../../src/lib/domain/submission.ts';
import { projectSchema } from '../../src/collections/projects/schema.ts';
import { validProject, validStory } from '../helpers/valid.ts';

const projectFields = fieldsOf(SCHEMAS.projects);

describe('personal fields', () => {
  it('are declared in the schemas: a story\'s person, a project provider\'s contact person and contact', () => {
    expect(personalFields(fieldsOf(SCHEMAS.stories)).map((f) => f.path)).toEqual(['person']);
    expect(personalFields(projectFields).map((f) => f.path)).toEqual(['provider.person', 'provider.contact']);
    expect(personalFields(projectFields).map((f) => f.label)).toEqual(['项目提供方 › 联系人', '项目提供方 › 联系方式']);
  });

  it('are optional wherever the consent that publishes them may be missing', () => {
    // Leaving a field out must not break the entry's type: only a consent the schema demands (the story's
    // written consent, z.literal(true)) may publish a required personal field.
    const at = (fields: ReturnType<typeof fieldsOf>, path: string) =>
      path.split('.').reduce<FieldInfo | undefined>((f, k, i) => (i === 0 ? fields[k] : f?.kind === 'object' ? f.fields[k] : undefined), undefined);
    for (const name of COLLECTION_NAMES) {
      const fields = fieldsOf(SCHEMAS[name]);
      const demanded = Object.values(fields).some((f) => f.meta?.consent && f.kind === 'true');
      for (const f of personalFields(fields)) if (!demanded) expect(at(fields, f.path)?.required, `${name}.${f.path}`).toBe(false);
    }
  });

  it('are left out of the public data unless the entry records consent', () => {
    const entered = projectSchema.parse({ ...validProject(), provider: { org: '某中心', person: '王小明', contact: '138 0013 8000' } });
    const shown = publicData(projectFields, entered);
    expect(shown.provider).toEqual({ org: '某中心', consent: false });
    expect(JSON.stringify(shown)).not.toMatch(/王小明|138 0013 8000/);
    expect(withheldFields(projectFields, entered).map((f) => f.label)).toEqual(['项目提供方 › 联系人', '项目提供方 › 联系方式']);

    const consented = projectSchema.parse({ ...validProject(), provider: { person: '王女士', contact: '138 0013 8000', consent: true } });
    expect(publicData(projectFields, consented).provider).toMatchObject({ person: '王女士', contact: '138 0013 8000' });
    expect(withheldFields(projectFields, consented)).toEqual([]);
  });

  it('keep a story\'s person, whose written consent the schema requires, and leave everything else as it was', () => {
    const story = SCHEMAS.stories.parse(validStory());
    expect(publicData(fieldsOf(SCHEMAS.stories), story)).toEqual(story);
  });

  it('refuse a consent with nothing to publish', () => {
    const r = projectSchema.safeParse({ ...validProject(), provider: { org: '某中心', consent: true } });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['provider.contact', '勾选「同意公开」时，请填写要公开的联系方式']]);
  });
});

describe('项目征集 and personal information', () => {
  const today = new Date('2026-11-28');
  const answers = (extra: Record<string, string> = {}) => {
    const form = new FormData();
    const all: Record<string, string> = { title: '社区茶铺', summary: '小本经营的社区茶铺。', industry: '住宿和餐饮业', invest_min: '20000', invest_max: '60000', risk: '客流不稳定，请先试营业。', body: '介绍', reviewer: '张三丰', review_contact: '13912345678', ...extra };
    for (const [k, v] of Object.entries(all)) form.set(k, v);
    form.append('groups', '下岗失业人员');
    return readSubmission(form, () => 'she-qu-cha-pu');
  };

  it('writes the review contact into the e-mail to the editors, never into the project file', () => {
    const s = answers();
    const file = submissionFile(submissionData(s, today), s.body);
    expect(file).not.toMatch(/张三丰|13912345678/);
    expect(projectSchema.parse(submissionData(s, today)).provider).toEqual({ consent: false });
    const letter = coverLetter(s, 'she-qu-cha-pu.md');
    expect(letter).toContain('提交人：张三丰');
    expect(letter).toContain('联系电话或邮箱：13912345678');
    expect(letter).toContain('不同意');
  });

  it('writes a public contact, with its consent, only when the box is ticked', () => {
    const unticked = submissionData(answers({ public_person: '张先生', public_contact: '13912345678' }), today);
    expect(JSON.stringify(unticked)).not.toMatch(/张先生|13912345678/);
    const ticked = submissionData(answers({ public_consent: '1', public_person: '张先生', public_contact: '13912345678' }), today);
    expect(projectSchema.parse(ticked).provider).toEqual({ person: '张先生', contact: '13912345678', consent: true });
  });

  it('names an organisation as the source, never a person', () => {
    expect(submissionData(answers(), today).source.name).toBe('项目征集表（个人提交）');
    expect(submissionData(answers({ org: '某街道' }), today).source.name).toBe('某街道（项目征集表）');
  });
});
