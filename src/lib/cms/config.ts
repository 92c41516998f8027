/**
 * Generates Decap CMS's config from the zod schemas: one field declaration → one widget, with its label, hint,
 * required flag, pattern, options, relation or nested fields. Nothing here names a field of a collection, so the
 * editor can never drift from what the build accepts (tests/unit/cms-config.test.ts checks both ways).
 */
import { headerUrlProblem } from '../../schemas/header-safe.ts';
import type { CollectionName } from '../../schemas/field.ts';
import { BODY_KEY } from '../../schemas/validate.ts';
import { fieldsOf, type FieldInfo } from '../../schemas/walk.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import { SETTINGS_FILE } from '../content/content-dir.ts';
import { COLLECTIONS, SCHEMAS } from '../../schemas/index.ts';

/** Where the admin loads Decap's bundle from (the integration copies it there from the npm package). */
export const DECAP_BUNDLE = '/admin/decap/decap-cms.js';

/** `npm run cms` sets DECAP_LOCAL=1: decap-server on this machine, entries written into the working tree. */
export const isLocalCms = () => process.env.DECAP_LOCAL === '1';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The explicit date format the CMS writes and `z.coerce.date()` reads back. */
export const DATE_FORMAT = 'YYYY-MM-DD';
/** The date-and-time format events are written in: 「2026-12-10 09:30」. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

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

/** The pattern Decap checks while the editor types; the full schema check runs again on save. */
function stringPattern(info: Extract<FieldInfo, { kind: 'string' }>): [string, string] | undefined {
  if (info.pattern) return [info.pattern.source, info.pattern.message];
  if (info.format?.name === 'url') return ['^https?://.+', info.format.message ?? '应为完整网址，如 https://…'];
  if (info.format?.name === 'email') return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', info.format.message ?? '邮箱格式不正确'];
  return undefined;
}

/** The widget for one described field. Throws on a kind it does not know, so a new kind of field is noticed. */
export function decapField(name: string, info: FieldInfo): DecapField {
  const { meta, required } = info;
  const base = {
    name,
    label: meta?.label ?? name,
    ...(meta?.hint ? { hint: meta.hint } : {}),
    required,
    ...(info.default !== undefined && !(Array.isArray(info.default) && info.default.length === 0) ? { default: info.default } : {}),
  };
  const widget = ((): Record<string, unknown> & { widget: string } => {
    if (meta?.relation) return relationWidget(meta.relation, info.kind === 'array');
    switch (info.kind) {
      case 'image':
        return { widget: 'image', choose_url: false };
      case 'string': {
        // A time of day in Beijing time, written as the schema reads it (src/schemas/base.ts dateTime); the office's
        // browsers are in China, so the picker's local time is Beijing time.
        if (meta?.widget === 'datetime') return { widget: 'datetime', format: DATE_TIME_FORMAT, date_format: DATE_FORMAT, time_format: 'HH:mm', picker_utc: false };
        const pattern = stringPattern(info);
        return { widget: meta?.widget === 'text' ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
      }
      case 'number':
        return { widget: 'number', value_type: info.int ? 'int' : 'float', ...(info.min !== undefined ? { min: info.min } : {}), ...(info.max !== undefined ? { max: info.max } : {}) };
      case 'boolean':
        return { widget: 'boolean' };
      // z.literal(true): a box the editor must tick (consent); the preSave check refuses it unticked.
      case 'true':
        return { widget: 'boolean', default: false };
      // A calendar day, read and written as typed: no time zone is involved (and no 「UTC」 beside the field).
      case 'date':
        return { widget: 'datetime', format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false };
      case 'enum':
        return { widget: 'select', options: info.options };
      case 'object':
        // Decap checks the children of an optional object even when it is left empty, which would make an optional
        // record (专家论证记录) compulsory. They are required only by the schema check on save, when it is filled.
        return { widget: 'object', fields: objectFields(info.fields, !required) };
      case 'array': {
        const bounds = info.minItems ? { min: info.minItems } : {};
        const element = info.element;
        if (element.kind === 'enum') return { widget: 'select', multiple: true, options: element.options, ...bounds };
        if (element.kind === 'string') return { widget: 'list', field: { ...decapField(name, element), label: base.label }, ...bounds };
        if (element.kind === 'object') {
          // Each item is titled by its first field; an item not filled in yet reads 「年度：」, not Decap's
          // English 「No year」.
          const [first, info] = Object.entries(element.fields)[0] ?? [];
          const summary = first ? `${info?.meta?.label ?? first}：{{fields.${first}}}` : undefined;
          return { widget: 'list', fields: objectFields(element.fields), ...(summary ? { summary } : {}), ...bounds };
        }
        throw new Error(`cms-config: no widget for a list of ${element.kind} ("${name}")`);
      }
    }
  })();
  return { ...base, ...widget };
}

function objectFields(fields: Record<string, FieldInfo>, optional = false): DecapField[] {
  return Object.entries(fields).map(([k, v]) => {
    const f = decapField(k, v);
    return optional ? { ...f, required: false } : f;
  });
}

/** The Markdown body. No image button: the page drops images in bodies (src/lib/core/markdown.ts); no code blocks
 * either (no document needs one, and Decap names the button in English). */
const BODY_FIELD: DecapField = { name: BODY_KEY, label: '正文', widget: 'markdown', required: false, editor_components: [] };

/** Whether a collection has an uploaded picture anywhere in its fields. */
const hasImage = (fields: Record<string, FieldInfo>): boolean =>
  Object.values(fields).some((f) => f.kind === 'image' || (f.kind === 'object' && hasImage(f.fields)) || (f.kind === 'array' && f.element.kind === 'object' && hasImage(f.element.fields)));

/** Every collection's fields, with the story photo marked as an image. */
export function collectionFields(): Record<CollectionName, DecapField[]> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => [name, [...objectFields(fieldsOf(schema)), BODY_FIELD]]),
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
  DECAP_WORKFLOW?: string | undefined;
  /** The branch the site is built from (the build job's branch). */
  SITE_BRANCH?: string | undefined;
  /** Set by GitLab CI and by Forgejo/Gitea Actions: the branch being built. */
  CI_COMMIT_BRANCH?: string | undefined;
  GITHUB_REF_NAME?: string | undefined;
}

/**
 * Git hosts Decap can publish through, and what each needs. Forgejo, Gitea and GitLab log editors in with PKCE
 * against the organisation's own server, so no third-party auth service is involved; GitHub needs an OAuth client
 * service of the organisation's own at DECAP_BASE_URL. `workflow`: whether Decap's editorial workflow (草稿 → 审核中 →
 * 就绪 → 发布) is used. Decap's Gitea backend refuses it ("does not support editorial workflow") and the whole admin
 * would fail to load. On Forgejo it exists but creating an entry is reported broken (decap-cms#7949, open), so it is
 * used only when asked for (DECAP_WORKFLOW=1). Without it, 「发布」 commits to a review branch (DECAP_BRANCH) and
 * review happens as a merge request on the server (README, 「Deploying the CMS」).
 */
export const BACKENDS = {
  forgejo: { required: ['DECAP_REPO', 'DECAP_BASE_URL', 'DECAP_APP_ID'], api: '/api/v1', host: undefined, workflow: 'optional' },
  gitea: { required: ['DECAP_REPO', 'DECAP_BASE_URL', 'DECAP_APP_ID'], api: '/api/v1', host: undefined, workflow: 'never' },
  gitlab: { required: ['DECAP_REPO', 'DECAP_APP_ID'], api: '/api/v4', host: 'https://gitlab.com', workflow: 'always' },
  github: { required: ['DECAP_REPO', 'DECAP_BASE_URL'], api: undefined, host: undefined, workflow: 'always' },
} as const satisfies Record<
  string,
  { required: readonly (keyof BackendEnv)[]; api: string | undefined; host: string | undefined; workflow: 'always' | 'optional' | 'never' }
>;
export type BackendName = keyof typeof BACKENDS;
const isBackend = (name: string): name is BackendName => name in BACKENDS;

/** Whether saving goes through Decap's editorial workflow on this host. */
export function usesWorkflow(name: BackendName, env: BackendEnv): boolean {
  const mode = BACKENDS[name].workflow;
  return mode === 'always' || (mode === 'optional' && env.DECAP_WORKFLOW === '1');
}

/** The branch the site is built from: SITE_BRANCH, else the CI job's branch, else main. */
export const siteBranch = (env: BackendEnv): string =>
  env.SITE_BRANCH?.trim() || env.CI_COMMIT_BRANCH?.trim() || env.GITHUB_REF_NAME?.trim() || 'main';

export class CmsConfigError extends Error {
  constructor(message: string) {
    super(`内容管理系统配置有误：${message}。见 README「Deploying the CMS」。`);
    this.name = 'CmsConfigError';
  }
}

/**
 * The production git backend from the environment at build time, or undefined when none is configured (then
 * /admin/ explains what the operator has to set instead of offering a login that cannot work). Without the
 * editorial workflow, 「发布」 must land on a branch the site is not built from, so that nothing goes live unreviewed.
 */
export function backendConfig(env: BackendEnv) {
  const name = env.DECAP_BACKEND?.trim();
  if (!name) return undefined;
  if (!isBackend(name)) throw new CmsConfigError(`DECAP_BACKEND 应为 ${Object.keys(BACKENDS).join(' / ')} 之一，现为「${name}」`);
  const spec = BACKENDS[name];
  const missing = spec.required.filter((key) => !env[key]?.trim());
  if (missing.length > 0) throw new CmsConfigError(`DECAP_BACKEND=${name} 还需要设置 ${missing.join('、')}`);
  const branch = env.DECAP_BRANCH?.trim();
  if (!usesWorkflow(name, env)) {
    const built = siteBranch(env);
    if (!branch || branch === built) {
      throw new CmsConfigError(
        `DECAP_BACKEND=${name} 没有编辑工作流，「发布」会直接提交到 DECAP_BRANCH。请把 DECAP_BRANCH 设为一个审核分支（如 cms），` +
          `它必须不同于网站构建所用的分支（SITE_BRANCH，现为「${built}」）；编辑提交的内容经合并请求审核、合并到「${built}」后才上线` +
          `（现在 DECAP_BRANCH ${branch ? `也是「${branch}」` : '未设置'}）`,
      );
    }
  }
  const base = env.DECAP_BASE_URL?.replace(/\/$/, '') ?? spec.host;
  const apiRoot = env.DECAP_API_ROOT ?? (base && spec.api ? `${base}${spec.api}` : undefined);
  // Both reach the admin's CSP (connect-src) and through it the nginx config.
  for (const [key, value] of [['DECAP_BASE_URL', base], ['DECAP_API_ROOT', apiRoot]] as const) {
    const problem = value ? headerUrlProblem(value, { http: true }) : undefined;
    if (problem) throw new CmsConfigError(`${key}「${value}」${problem}`);
  }
  return {
    name,
    repo: env.DECAP_REPO ?? '',
    branch: branch || siteBranch(env),
    ...(base ? { base_url: base } : {}),
    ...(apiRoot ? { api_root: apiRoot } : {}),
    ...(env.DECAP_APP_ID ? { app_id: env.DECAP_APP_ID } : {}),
    ...(name === 'gitlab' ? { auth_type: 'pkce' } : {}),
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

/** What the admin tells editors about where their 「发布」 goes. */
export function publishTarget(options: { local: boolean; env: BackendEnv }): string | undefined {
  if (options.local) return '「保存」直接写入本机工作目录的 content/ 文件夹（本地编辑）。';
  const backend = backendConfig(options.env);
  if (!backend) return undefined;
  const built = siteBranch(options.env);
  return usesWorkflow(backend.name, options.env)
    ? `新条目先存为草稿，经「审核中」「就绪」后，「发布」把它合并到分支「${backend.branch}」，网站随后重新构建上线。`
    : `「发布」提交到审核分支「${backend.branch}」，不会直接上线：须在代码服务器上经合并请求审核、合并到「${built}」后才上线。`;
}

/** Whether /admin/ has a CMS to show: the local backend, or a configured git host. */
export const cmsConfigured = (options: { local: boolean; env: BackendEnv }) => options.local || backendConfig(options.env) !== undefined;

/**
 * The whole Decap config, or undefined when no backend is configured. `local` (npm run cms) talks to
 * decap-server and writes straight into the working tree; otherwise the git backend, with the editorial workflow
 * where Decap has one for that host.
 */
export function decapConfig(options: { local: boolean; env: BackendEnv }) {
  const backend = options.local ? undefined : backendConfig(options.env);
  if (!options.local && !backend) return undefined;
  const fields = collectionFields();
  return {
    locale: 'zh_Hans',
    ...(options.local
      ? {
          local_backend: { url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] },
          backend: { name: 'git-gateway' },
          // DECAP_WORKFLOW=1 with decap-server in git mode: the production workflow on this machine (guide screenshots, its test).
          ...(options.env.DECAP_WORKFLOW === '1' ? { publish_mode: 'editorial_workflow' } : {}),
        }
      : { backend, ...(backend && usesWorkflow(backend.name, options.env) ? { publish_mode: 'editorial_workflow' } : {}) }),
    ...(options.env.SITE_URL ? { site_url: options.env.SITE_URL, display_url: options.env.SITE_URL } : {}),
    // Nothing an editor uploads is published as uploaded: no folder under public/. The media library's own
    // uploads stay in content/uploads/, which the build never copies; pictures are uploaded in an entry's image
    // field, beside the entries, and published only as Astro's re-encoded copies (src/schemas/base.ts, picture).
    media_folder: 'content/uploads',
    public_folder: '/content/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...COLLECTIONS.map((c) => ({
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
        // Pictures sit beside the entries so Astro's image pipeline re-encodes them (EXIF and GPS dropped).
        ...(hasImage(fieldsOf(SCHEMAS[c.name])) ? { media_folder: `/content/${c.name}/images`, public_folder: './images' } : {}),
        // The slug may be left empty: the preSave hook (src/islands/admin/cms.ts) makes it from the title's pinyin.
        fields: fields[c.name],
      })),
      // The site settings: one file, edited like an entry, checked by the same schema on save.
      {
        name: 'settings',
        label: '网站设置',
        editor: { preview: false },
        files: [{ name: 'site', label: '网站设置', file: `content/${SETTINGS_FILE}`, fields: objectFields(fieldsOf(settingsSchema)) }],
      },
    ],
  };
}
