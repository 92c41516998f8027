import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, CMS_PORT, CMS_URL, FIXTURE_PORT, FIXTURE_URL, HOSTILE_PORT, HOSTILE_URL, NGINX_PORT, NGINX_URL, PARTS_PORT, PARTS_URL, PATCH_PORT, PATCH_URL, PREVIEW_PORT } from './scripts/lib/browser.ts';

// E2E runs against builds served by `astro preview` (npm test builds them first):
//   dist-fixture/  tests/fixtures/site, the behaviour fixture → project "site" (what people do, named entries)
//   dist/          the shipped content/              → project "shipped" (accessibility of every sitemap URL)
//   dist-hostile/  tests/fixtures/hostile (XSS text) → project "hostile"
//   dist-cms/      the real content, admin with local_backend (DECAP_LOCAL=1) → project "cms"
//   dist-parts/    dist-fixture/ with its search index in parts (a large site's) → project "parts"
//   dist-patch/    dist-fixture/ after a change, its search index patched      → project "patch"
//   dist/ again, through Debian's nginx with the generated recipe          → project "nginx"
const preview = (port: number, outDir: string) => ({
  // --ignore-lock: Astro 7 lets one preview server run per project unless told otherwise; these three serve
  // three builds side by side.
  command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  env: { OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  // Sized for a 2-core machine busy with other work (builds, a second worker): a slow page still passes, and
  // a broken one fails within a minute.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testIgnore: /(hostile|cms|nginx|axe-sitemap|search-parts|search-patch)\.spec\.ts/, use: { baseURL: FIXTURE_URL } },
    { name: 'parts', testMatch: /search-parts\.spec\.ts/, use: { baseURL: PARTS_URL } },
    { name: 'patch', testMatch: /search-patch\.spec\.ts/, use: { baseURL: PATCH_URL } },
    { name: 'shipped', testMatch: /axe-sitemap\.spec\.ts/, use: { baseURL: BASE_URL } },
    { name: 'cms', testMatch: /cms\.spec\.ts/, use: { baseURL: CMS_URL } },
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { baseURL: HOSTILE_URL } },
    { name: 'nginx', testMatch: /nginx\.spec\.ts/, use: { baseURL: NGINX_URL } },
  ],
  webServer: [
    preview(PREVIEW_PORT, './dist'),
    preview(FIXTURE_PORT, './dist-fixture'),
    preview(HOSTILE_PORT, './dist-hostile'),
    preview(CMS_PORT, './dist-cms'),
    preview(PARTS_PORT, './dist-parts'),
    preview(PATCH_PORT, './dist-patch'),
    {
      command: `npx tsx scripts/serve-nginx.ts --root dist --port ${NGINX_PORT}`,
      url: `${NGINX_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
