// The notice and its attachment are published verbatim. This compares the two policy entries with the
// original text (tests/fixtures/lsbf-2007-30.txt, a copy of the seed), sentence by sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../helpers/content.ts';

const seed = readFileSync(new URL('../fixtures/lsbf-2007-30.txt', import.meta.url), 'utf8');

/** The text a reader sees: Markdown and HTML markup and all white space removed, link text kept. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\s+/g, '');
}

/** Sentences ending in 。, plus whatever trails the last one. */
const sentences = (text: string) => text.split(/(?<=。)/).filter(Boolean);

const policies = readCollection('policies');
const notice = policies.find((p) => p.id === 'lsbf-2007-30')!;
const plan = policies.find((p) => p.id === 'lsbf-2007-30-plan')!;

describe('劳社部发〔2007〕30号 is reproduced verbatim', () => {
  const published =
    plain(String(notice.data.title)) +
    plain(String(notice.data.doc_number)) +
    plain(notice.body) +
    plain(String(plan.data.title)) +
    plain(plan.body);
  const original = seed.replace(/\s+/g, '');

  it('keeps every sentence of the original, in order', () => {
    const got = sentences(published);
    const want = sentences(original);
    for (let i = 0; i < want.length; i++) expect(got[i], `sentence ${i + 1}`).toBe(want[i]);
    expect(got.length).toBe(want.length);
  });

  it('carries the notice metadata', () => {
    expect(notice.data.doc_number).toBe('劳社部发〔2007〕30号');
    expect(notice.data.issuers).toEqual(['劳动和社会保障部']);
    expect(notice.data.written).toBe('2007-08-06');
    expect(notice.data.validity).toBe('待核实');
    expect(notice.data.attachments).toEqual([{ title: plan.data.title, policy: plan.id }]);
  });

  it('structures the text into its numbered sections', () => {
    for (const n of ['一', '二', '三', '四', '五', '六']) expect(notice.body).toMatch(new RegExp(`<strong>${n}、`));
    for (const h of ['一、指导思想', '二、工作目标', '三、工作任务', '四、工作要求']) {
      expect(plan.body).toContain(`## ${h}`);
    }
    expect(plan.body.match(/<strong>（[一二三四五六七八九十]+）/g)).toHaveLength(10);
  });
});
