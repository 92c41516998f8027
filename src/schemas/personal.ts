/**
 * Personal information (PIPL 个人信息): a private person's name, phone or e-mail is declared with `personal()`
 * (./field.ts), and the separate consent to publish it (单独同意, PIPL Art. 25) with `consent()`. The public view of
 * an entry leaves out every personal field unless the object holding it, or one above it, has a consent field
 * that is true. Content is read through this once (src/lib/content/entries.ts), so pages, posters, search records, open
 * data and feeds never see what was not consented to; the CMS preview uses it too.
 */
import type { FieldInfo } from './walk.ts';

type Fields = Record<string, FieldInfo>;

/** Whether this object records consent to publish its personal fields. */
const consentIn = (fields: Fields, record: Record<string, unknown>) =>
  Object.entries(fields).some(([key, info]) => info.meta?.consent === true && record[key] === true);

function publicValue(info: FieldInfo, value: unknown, consented: boolean): unknown {
  if (info.kind === 'object') return publicData(info.fields, value, consented);
  const element = info.kind === 'array' ? info.element : undefined;
  if (element?.kind === 'object' && Array.isArray(value)) return (value as unknown[]).map((item) => publicData(element.fields, item, consented));
  return value;
}

/** The entry's data as it may be published: personal fields without consent are left out. Values the field tree
 * does not describe (an image's metadata) are passed on untouched. */
export function publicData<T>(fields: Fields, data: T, consented = false): T {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  const allowed = consented || consentIn(fields, record);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const info = fields[key];
    if (info?.meta?.personal === true && !allowed) continue;
    out[key] = info ? publicValue(info, value, allowed) : value;
  }
  return out as T;
}

export interface PersonalField {
  /** Dotted path, e.g. `provider.contact`. */
  path: string;
  /** 「项目提供方 › 联系人」 */
  label: string;
}

/** Every personal field of a schema's field tree, with its label: for the privacy statement and open data. */
export function personalFields(fields: Fields, prefix = '', labelPrefix = ''): PersonalField[] {
  return Object.entries(fields).flatMap(([key, info]): PersonalField[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    const label = `${labelPrefix}${info.meta?.label ?? key}`;
    if (info.meta?.personal === true) return [{ path, label }];
    const inner = info.kind === 'object' ? info.fields : info.kind === 'array' && info.element.kind === 'object' ? info.element.fields : undefined;
    return inner ? personalFields(inner, path, `${label} › `) : [];
  });
}

const valueAt = (data: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);

/** The personal fields this entry fills but may not publish: what an editor's preview says it leaves out. */
export function withheldFields(fields: Fields, data: unknown): PersonalField[] {
  const shown = publicData(fields, data);
  const filled = (v: unknown) => v !== undefined && v !== null && v !== '';
  return personalFields(fields).filter((f) => filled(valueAt(data, f.path)) && !filled(valueAt(shown, f.path)));
}
