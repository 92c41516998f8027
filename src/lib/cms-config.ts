/**
 * Generates Decap CMS's config from the zod schemas: one field declaration → one widget, with its label, hint,
 * required flag, pattern, options, relation or nested fields. Nothing here names a field of a collection, so the
 * editor can never drift from what the build accepts (tests/unit/cms-config.test.ts checks both ways).
 */
import { z } from 'astro/zod';
import { metaOf, imageField, type CollectionName } from '../schemas/field.ts';
import { COLLECTIONS, schemas } from '../schemas/index.ts';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The explicit date format the CMS writes and `z.coerce.date()` reads back. */
export const DATE_FORMAT = 'YYYY-MM-DD';

interface Unwrapped {
  schema: z.ZodTypeAny;
  required: boolean;
  default?: unknown;
}

/** Peels optional/default/effects wrappers, remembering whether the field may be left empty. */
function unwrap(schema: z.ZodTypeAny): Unwrapped {
  let s = schema;
  let required = true;
  let def: unknown;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
      required = false;
      s = s.unwrap();
    } else if (s instanceof z.ZodDefault) {
      def = s._def.defaultValue();
      required = false;
      s = s._def.innerType;
    } else if (s instanceof z.ZodEffects) {
      s = s.innerType();
    } else return { schema: s, required, ...(def === undefined ? {} : { default: def }) };
  }
}

type Check = { kind: string; value?: number; regex?: RegExp; message?: string; inclusive?: boolean };
const checks = (s: z.ZodTypeAny): Check[] => ((s._def as { checks?: Check[] }).checks ?? []);

function stringPattern(s: z.ZodTypeAny): [string, string] | undefined {
  const regex = checks(s).find((c) => c.kind === 'regex');
  if (regex?.regex) return [regex.regex.source, regex.message ?? '格式不正确'];
  if (checks(s).some((c) => c.kind === 'url')) return ['^https?://.+', '应为 http:// 或 https:// 开头的网址'];
  if (checks(s).some((c) => c.kind === 'email')) return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', '邮箱格式不正确'];
  return undefined;
}

function relationWidget(collection: CollectionName, multiple: boolean) {
  return {
    widget: 'relation',
    collection,
    search_fields: ['title'],
    display_fields: ['title'],
    value_field: '{{slug}}',
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The widget for one schema field. Throws on a zod type it does not know, so a new kind of field is noticed. */
export function decapField(name: string, schema: z.ZodTypeAny): DecapField {
  const meta = metaOf(schema);
  const { schema: inner, required, default: def } = unwrap(schema);
  // The image marker sits on the helper's own schema, inside the field's optional/label wrapper.
  const kind = meta?.widget ?? metaOf(inner)?.widget;
  const base: Record<string, unknown> = {
    name,
    label: meta?.label ?? name,
    ...(meta?.hint ? { hint: meta.hint } : {}),
    required,
    ...(def !== undefined && !(Array.isArray(def) && def.length === 0) ? { default: def } : {}),
  };
  const widget = ((): Record<string, unknown> => {
    if (meta?.relation) return relationWidget(meta.relation, inner instanceof z.ZodArray);
    if (kind === 'image') return { widget: 'image', choose_url: false };
    if (inner instanceof z.ZodString) {
      const pattern = stringPattern(inner);
      return { widget: kind === 'text' ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    if (inner instanceof z.ZodNumber) {
      const int = checks(inner).some((c) => c.kind === 'int');
      const min = checks(inner).find((c) => c.kind === 'min')?.value;
      const max = checks(inner).find((c) => c.kind === 'max')?.value;
      return { widget: 'number', value_type: int ? 'int' : 'float', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    if (inner instanceof z.ZodBoolean) return { widget: 'boolean' };
    // z.literal(true): a box the editor must tick (consent); the preSave check refuses it unticked.
    if (inner instanceof z.ZodLiteral && inner.value === true) return { widget: 'boolean', default: false };
    if (inner instanceof z.ZodDate) return { widget: 'datetime', format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false, picker_utc: true };
    if (inner instanceof z.ZodEnum) return { widget: 'select', options: [...(inner.options as string[])] };
    if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element).schema;
      const min = (inner._def as { minLength?: { value: number } }).minLength?.value;
      const bounds = min ? { min } : {};
      if (element instanceof z.ZodEnum) return { widget: 'select', multiple: true, options: [...(element.options as string[])], ...bounds };
      if (element instanceof z.ZodString) return { widget: 'list', field: { ...decapField(name, inner.element), label: base.label }, ...bounds };
      if (element instanceof z.ZodObject) return { widget: 'list', fields: objectFields(element), ...bounds };
    }
    if (inner instanceof z.ZodObject) return { widget: 'object', fields: objectFields(inner) };
    throw new Error(`cms-config: no widget for field "${name}" (${inner.constructor.name})`);
  })();
  return { ...base, ...widget } as DecapField;
}

function objectFields(schema: z.ZodObject<z.ZodRawShape>): DecapField[] {
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([k, v]) => decapField(k, v));
}

/** The Markdown body. No image button: the page drops images in bodies (src/lib/markdown.ts). */
const BODY_FIELD: DecapField = { name: 'body', label: '正文', widget: 'markdown', required: false, editor_components: ['code-block'] };

/** Every collection's fields, with the story photo marked as an image. */
export function collectionFields(): Record<CollectionName, DecapField[]> {
  const all = schemas(() => imageField(z.string()));
  return Object.fromEntries(
    Object.entries(all).map(([name, schema]) => {
      const { schema: obj } = unwrap(schema);
      return [name, [...objectFields(obj as z.ZodObject<z.ZodRawShape>), BODY_FIELD]];
    }),
  ) as Record<CollectionName, DecapField[]>;
}

export interface BackendEnv {
  DECAP_BACKEND?: string | undefined;
  DECAP_REPO?: string | undefined;
  DECAP_BRANCH?: string | undefined;
  DECAP_BASE_URL?: string | undefined;
  DECAP_API_ROOT?: string | undefined;
  DECAP_APP_ID?: string | undefined;
  SITE_URL?: string | undefined;
}

const BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/** The production git backend, chosen by environment variables at build time. */
export function backendConfig(env: BackendEnv) {
  const name = env.DECAP_BACKEND ?? 'github';
  if (!(BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`DECAP_BACKEND 应为 ${BACKENDS.join(' / ')} 之一，现为「${name}」`);
  }
  return {
    name,
    repo: env.DECAP_REPO ?? 'OWNER/REPO',
    branch: env.DECAP_BRANCH ?? 'main',
    ...(env.DECAP_BASE_URL ? { base_url: env.DECAP_BASE_URL } : {}),
    ...(env.DECAP_API_ROOT ? { api_root: env.DECAP_API_ROOT } : {}),
    ...(env.DECAP_APP_ID ? { app_id: env.DECAP_APP_ID } : {}),
    commit_messages: {
      create: '新增{{collection}}：{{slug}}',
      update: '更新{{collection}}：{{slug}}',
      delete: '删除{{collection}}：{{slug}}',
      uploadMedia: '上传文件：{{path}}',
      deleteMedia: '删除文件：{{path}}',
      openAuthoring: '{{message}}',
    },
  };
}

/**
 * The whole Decap config. `local` (npm run cms) talks to decap-server and writes straight into the working tree;
 * otherwise the git backend with the editorial workflow (草稿 → 待审核 → 待发布 → 发布).
 */
export function decapConfig(options: { local: boolean; env: BackendEnv }) {
  const fields = collectionFields();
  return {
    locale: 'zh_Hans',
    ...(options.local
      ? { local_backend: { url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] }, backend: { name: 'git-gateway' } } : { backend: backendConfig(options.env), publish_mode: 'editorial_workflow' }),
    ...(options.env.SITE_URL ? { site_url: options.env.SITE_URL, display_url: options.env.SITE_URL } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTIONS.map((c) => ({
      name: c.name,
      label: c.label,
      label_singular: c.label,
      folder: `content/${c.name}`,
      extension: 'md',
      format: 'frontmatter',
      create: true,
      delete: true,
      identifier_field: 'title',
      slug: '{{fields.slug}}',
      summary: '{{title}}',
      sortable_fields: ['title', 'updated'],
      // Story photos sit beside the stories so Astro's image pipeline optimises them.
      ...(c.name === 'stories' ? { media_folder: '/content/stories/images', public_folder: './images' } : {}),
      fields: fields[c.name].map((f) => (f.name === 'slug' ? { ...f, required: true } : f)),
    })),
  };
}
