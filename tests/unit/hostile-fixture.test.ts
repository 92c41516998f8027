import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, readCollection } from '../helpers/content.ts';
import { HOSTILE_ROOT, hostileTextFields, PAYLOAD_PATTERN } from '../helpers/hostile.ts';

// The browser pass over dist-hostile only proves something if the fixture really puts a payload in every field a
// page can show; this keeps it complete when a schema gains a text field.
describe('the hostile fixture', () => {
  const fields = hostileTextFields();

  it('has an entry in every collection', () => {
    for (const c of COLLECTION_NAMES) expect(readCollection(c, HOSTILE_ROOT).length, c).toBeGreaterThan(0);
  });

  it('fills every free-text field the schemas declare, optional ones included, with a payload', () => {
    const missing = fields.filter((f) => typeof f.value !== 'string' || !PAYLOAD_PATTERN.test(f.value));
    expect(missing.map((f) => `${f.collection}/${f.id}: ${f.path}`)).toEqual([]);
    // A sanity floor so the walk itself cannot silently find nothing.
    expect(fields.length).toBeGreaterThanOrEqual(40);
  });

  it('numbers each field\'s payload uniquely, so an execution names its field', () => {
    const numbers = fields.map((f) => PAYLOAD_PATTERN.exec(String(f.value))?.[1]);
    expect(new Set(numbers).size).toBe(fields.length);
  });

  it('tries javascript: links and raw script in every Markdown body', () => {
    for (const f of fields.filter((x) => x.path === 'body')) {
      expect(f.value, `${f.collection}/${f.id}`).toMatch(/\]\(javascript:alert\(\d+\)\)/);
      expect(f.value).toMatch(/<a href="javascript:/);
      expect(f.value).toMatch(/<script>alert/);
    }
  });
});
