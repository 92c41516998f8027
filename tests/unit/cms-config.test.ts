import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { backendConfig, cmsConfigured, collectionFields, decapConfig, publishTarget, type DecapField } from '../../src/lib/cms/config.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

const GITEA = { DECAP_BACKEND: 'gitea', DECAP_REPO: 'hr/portal', DECAP_BASE_URL: 'https://git.example.cn', DECAP_APP_ID: 'abc123', DECAP_BRANCH: 'cms' };
import { adminCsp } from '../../src/lib/deploy/admin-csp.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { GROUPS, PROVINCE_NAMES } from '../../src/schemas/taxonomies.ts';

const FIELDS = collectionFields();

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** Dotted paths of every field, descending into objects and lists of objects. Read from Zod's own JSON Schema
 * export, so the generator (which uses src/schemas/walk.ts) is checked against an independent reading. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    const inner = child.items ?? child;
    const path = `${prefix}${key}`;
    return inner.properties ? [path, ...schemaPaths(inner, `${path}.`)] : [path];
  });
}
const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

function widgetPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const nested = (f.fields as DecapField[] | undefined) ?? [];
    return [path, ...widgetPaths(nested, `${path}.`)];
  });
}

const find = (collection: keyof typeof FIELDS, path: string): DecapField => {
  let fields = FIELDS[collection];
  let found: DecapField | undefined;
  for (const name of path.split('.')) {
    found = fields.find((f) => f.name === name);
    fields = (found?.fields as DecapField[]) ?? [];
  }
  if (!found) throw new Error(`${collection}: no widget ${path}`);
  return found;
};

describe('the Decap config is derived from the schemas', () => {
  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('%s: every field has a widget and every widget a field', (name) => {
    const fromSchema = schemaPaths(jsonSchema(SCHEMAS[name])).sort();
    const fromWidgets = widgetPaths(FIELDS[name]).filter((p) => p !== 'body').sort();
    expect(fromWidgets).toEqual(fromSchema);
    expect(FIELDS[name].at(-1)).toMatchObject({ name: 'body', widget: 'markdown', editor_components: [] });
  });

  it('maps each kind of field to the right widget', () => {
    expect(find('cities', 'adcode')).toMatchObject({ widget: 'string', required: true, pattern: ['^\\d{6}$', '应为 6 位数字行政区划代码（GB/T 2260）'] });
    expect(find('cities', 'location.lat')).toMatchObject({ widget: 'number', value_type: 'float', min: -90, max: 90 });
    expect(find('cities', 'province')).toMatchObject({ widget: 'select', options: [...PROVINCE_NAMES] });
    expect(find('cities', 'results')).toMatchObject({ widget: 'list', required: false });
    expect(find('cities', 'results.trained')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(find('stories', 'consent')).toMatchObject({ widget: 'boolean', required: true, default: false });
    expect(find('stories', 'photo')).toMatchObject({ widget: 'image', required: false });
    expect(find('stories', 'city')).toMatchObject({ widget: 'relation', collection: 'cities', value_field: '{{slug}}' });
    expect(find('stories', 'incubator')).toMatchObject({ widget: 'relation', collection: 'incubators', required: false });
    expect(find('policies', 'cities')).toMatchObject({ widget: 'relation', collection: 'cities', multiple: true });
    expect(find('policies', 'attachments.policy')).toMatchObject({ widget: 'relation', collection: 'policies' });
    expect(find('policies', 'written')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(find('projects', 'groups')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: [...GROUPS] });
    expect(find('projects', 'review')).toMatchObject({ widget: 'object', required: false });
    // Its children are required by the schema check only when the record is filled; Decap would demand them always.
    expect(find('projects', 'review.conclusion')).toMatchObject({ widget: 'text', required: false });
    expect(find('projects', 'provider.org')).toMatchObject({ required: false });
    // The consent to publish a person's contact is its own box, unticked unless the editor ticks it.
    expect(find('projects', 'provider.consent')).toMatchObject({ widget: 'boolean', default: false });
    expect(find('incubators', 'months')).toMatchObject({ widget: 'number', max: 36 });
    expect(find('incubators', 'contact.website').pattern).toEqual(['^https?://.+', '应为 http:// 或 https:// 开头的网址']);
    expect(find('incubators', 'contact.email').pattern).toEqual(['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', '邮箱格式不正确']);
    // An event's times: a date and a time of day, written as the schema reads them (Beijing time, no zone suffix).
    expect(find('events', 'start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm', time_format: 'HH:mm', picker_utc: false, required: true });
    expect(find('events', 'signup.deadline')).toMatchObject({ widget: 'datetime', required: false });
    expect(find('news', 'photo')).toMatchObject({ widget: 'image', required: false });
    // An expert's name is kept unpublished unless the consent box is ticked, and the box starts unticked.
    expect(find('experts', 'consent')).toMatchObject({ widget: 'boolean', default: false });
    expect(find('experts', 'specialties')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
  });

  it('writes ASCII file names from the slug field, and story photos beside the stories', () => {
    const config = decapConfig({ local: true, env: {} });
    for (const c of config?.collections ?? []) {
      if (!('folder' in c)) continue;
      expect(c.slug).toBe('{{fields.slug}}');
      expect(c.fields.find((f) => f.name === 'slug')).toMatchObject({ required: false, pattern: ['^[a-z][a-z0-9-]*$', expect.any(String)], hint: expect.stringContaining('拼音') });
    }
    expect(config?.collections.find((c) => c.name === 'stories')).toMatchObject({ media_folder: '/content/stories/images', public_folder: './images' });
    expect(config?.collections.find((c) => c.name === 'news')).toMatchObject({ media_folder: '/content/news/images', public_folder: './images' });
    // Nothing uploaded is served as uploaded: no media folder under public/, none for collections without pictures.
    expect(config?.media_folder).toBe('content/uploads');
    expect(JSON.stringify(config)).not.toMatch(/"\/?public\//);
    expect(config?.collections.find((c) => c.name === 'policies')).not.toHaveProperty('media_folder');
    expect(config?.locale).toBe('zh_Hans');
  });
});

describe('backends', () => {
  it('uses decap-server only in local mode, the editorial workflow otherwise', () => {
    const local = decapConfig({ local: true, env: {} });
    expect(local).toMatchObject({ local_backend: { url: 'http://127.0.0.1:8081/api/v1' } });
    expect(local).not.toHaveProperty('publish_mode');
    const prod = decapConfig({ local: false, env: { ...GITEA, DECAP_BACKEND: 'forgejo', DECAP_WORKFLOW: '1', DECAP_BRANCH: 'main' } });
    expect(prod).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'forgejo', repo: 'hr/portal', base_url: 'https://git.example.cn', api_root: 'https://git.example.cn/api/v1', app_id: 'abc123' } });
    expect(prod).not.toHaveProperty('local_backend');
    expect(decapConfig({ local: false, env: { DECAP_BACKEND: 'gitlab', DECAP_REPO: 'hr/portal', DECAP_APP_ID: 'x' } })).toMatchObject({ publish_mode: 'editorial_workflow' });
  });

  it('without a workflow, 「发布」 goes to a review branch that is never the one the site is built from', () => {
    const { DECAP_BRANCH: _, ...noBranch } = GITEA;
    expect(() => backendConfig(noBranch)).toThrow(/DECAP_BRANCH 未设置/);
    expect(() => backendConfig({ ...GITEA, DECAP_BRANCH: 'main' })).toThrow(/必须不同于网站构建所用的分支（SITE_BRANCH，现为「main」）/);
    expect(() => backendConfig({ ...GITEA, DECAP_BRANCH: 'release', SITE_BRANCH: 'release' })).toThrow(/现为「release」/);
    // The build job's own branch, as GitLab CI and Forgejo/Gitea Actions name it.
    expect(() => backendConfig({ ...GITEA, DECAP_BRANCH: 'site', CI_COMMIT_BRANCH: 'site' })).toThrow(/现为「site」/);
    expect(() => backendConfig({ ...GITEA, DECAP_BRANCH: 'site', GITHUB_REF_NAME: 'site' })).toThrow(/现为「site」/);
    expect(backendConfig(GITEA)).toMatchObject({ branch: 'cms' });
    // Forgejo: the same, unless the editorial workflow is asked for.
    expect(() => backendConfig({ ...GITEA, DECAP_BACKEND: 'forgejo', DECAP_BRANCH: 'main' })).toThrow(/DECAP_BACKEND=forgejo 没有编辑工作流/);
    expect(decapConfig({ local: false, env: { ...GITEA, DECAP_BACKEND: 'forgejo' } })).not.toHaveProperty('publish_mode');
    // The admin says where 「发布」 goes.
    expect(publishTarget({ local: false, env: GITEA })).toBe('「发布」提交到审核分支「cms」，不会直接上线：须在代码服务器上经合并请求审核、合并到「main」后才上线。');
    expect(publishTarget({ local: false, env: { ...GITEA, DECAP_BACKEND: 'forgejo', DECAP_WORKFLOW: '1' } })).toContain('草稿');
    expect(publishTarget({ local: true, env: {} })).toContain('本机');
    expect(publishTarget({ local: false, env: {} })).toBeUndefined();
  });

  it('never asks Decap for a workflow its Gitea backend refuses (the admin would not load at all)', () => {
    const gitea = decapConfig({ local: false, env: GITEA });
    expect(gitea).toMatchObject({ backend: { name: 'gitea', api_root: 'https://git.example.cn/api/v1' } });
    expect(gitea).not.toHaveProperty('publish_mode');
  });

  it('has no default backend: without one there is no config, and /admin/ explains what to set', () => {
    expect(backendConfig({})).toBeUndefined();
    expect(decapConfig({ local: false, env: {} })).toBeUndefined();
    expect(cmsConfigured({ local: false, env: {} })).toBe(false);
    expect(cmsConfigured({ local: true, env: {} })).toBe(true);
  });

  it('configures each host with what it needs, PKCE for GitLab, its own OAuth service for GitHub', () => {
    expect(backendConfig({ DECAP_BACKEND: 'gitlab', DECAP_REPO: 'hr/portal', DECAP_APP_ID: 'x', DECAP_BASE_URL: 'https://gitlab.example.cn' })).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      base_url: 'https://gitlab.example.cn',
      api_root: 'https://gitlab.example.cn/api/v4',
    });
    expect(backendConfig({ DECAP_BACKEND: 'gitlab', DECAP_REPO: 'hr/portal', DECAP_APP_ID: 'x' })).toMatchObject({ base_url: 'https://gitlab.com', api_root: 'https://gitlab.com/api/v4' });
    expect(backendConfig({ DECAP_BACKEND: 'github', DECAP_REPO: 'hr/portal', DECAP_BASE_URL: 'https://auth.example.cn' })).toMatchObject({ name: 'github', base_url: 'https://auth.example.cn' });
    expect(() => backendConfig({ DECAP_BACKEND: 'gitea', DECAP_REPO: 'hr/portal' })).toThrow('DECAP_BACKEND=gitea 还需要设置 DECAP_BASE_URL、DECAP_APP_ID');
    expect(() => backendConfig({ DECAP_BACKEND: 'github', DECAP_REPO: 'hr/portal' })).toThrow(/DECAP_BASE_URL/);
  });

  it('refuses an unknown backend and writes readable commit messages', () => {
    expect(() => backendConfig({ DECAP_BACKEND: 'svn' })).toThrow(/DECAP_BACKEND/);
    expect(backendConfig(GITEA)?.commit_messages.create).toBe('新增{{collection}}：{{slug}}');
  });

  it('lets editors change the site settings, with the settings schema\'s fields', () => {
    const settings = decapConfig({ local: true, env: {} })?.collections.find((c) => c.name === 'settings');
    expect(settings).toMatchObject({ files: [{ name: 'site', file: 'content/settings/site.yml' }] });
    const names = settings && 'files' in settings ? settings.files[0]?.fields.map((f) => f.name) : [];
    expect(names).toEqual(Object.keys(settingsSchema.shape));
  });

  it('gives the admin its own CSP with unsafe-eval and only its backend host', () => {
    expect(adminCsp(true, {})).toContain("script-src 'self' 'unsafe-eval'");
    expect(adminCsp(true, {})).toContain('http://localhost:8081 http://127.0.0.1:8081');
    expect(adminCsp(false, GITEA)).toContain("connect-src 'self' blob: data: https://git.example.cn");
    expect(adminCsp(false, {})).toContain("connect-src 'self' blob: data:;");
  });
});
