import { defineConfig } from '@playwright/test';
import { cjkFontVariants } from './scripts/lib/cjk-fonts.ts';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, CMS_URL, FIXTURE_URL, HOSTILE_URL, NGINX_URL, PARTS_URL, PATCH_URL, READY_URL } from './scripts/lib/browser.ts';

// E2E runs against builds served by `astro preview` (npm test builds them first):
//   dist-fixture/  tests/fixtures/site, the behaviour fixture → project "site" (what people do, named entries)
//   dist/          the shipped content/              → project "shipped" (accessibility of every sitemap URL)
//   dist-hostile/  tests/fixtures/hostile (XSS text) → project "hostile"
//   dist-cms/      the real content, admin with local_backend (DECAP_LOCAL=1) → project "cms"
//   dist-parts/    dist-fixture/ with its search index written in parts and merged (a large site's) → project "parts"
//   dist-patch/    dist-fixture/ after a change, its search index patched      → project "patch"
//   dist/ again, through Debian's nginx with the generated recipe          → project "nginx"
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  // Three on two cores: much of a browser test is waiting (network idle, a server's answer, an animation), and with two
  // workers the machine was idle for a third of the run; three took the run from 8.5 to 6.5 minutes.
  workers: 3,
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
    // Longest first: Playwright hands out tests in this order, and the CMS tests run one after another on one worker
    // (one decap-server), so started last they kept one worker busy for a minute after the other had finished.
    { name: 'cms', testMatch: /cms\.spec\.ts/, use: { baseURL: CMS_URL } },
    { name: 'shipped', testMatch: /axe-sitemap\.spec\.ts/, use: { baseURL: BASE_URL } },
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { baseURL: HOSTILE_URL } },
    { name: 'patch', testMatch: /search-patch\.spec\.ts/, use: { baseURL: PATCH_URL } },
    { name: 'parts', testMatch: /search-parts\.spec\.ts/, use: { baseURL: PARTS_URL } },
    { name: 'nginx', testMatch: /nginx\.spec\.ts/, use: { baseURL: NGINX_URL } },
    // Printouts under each Chinese font the machine has (a PDF's text depends on the font): WenQuanYi and Noto CJK
    // where both are installed, as CI installs them.
    ...cjkFontVariants().map((font) => ({
      name: `print (${font.name})`,
      testMatch: /print\.spec\.ts/,
      use: { baseURL: FIXTURE_URL, launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, env: { ...process.env, ...font.env } } },
    })),
    { name: 'site', testIgnore: /(hostile|cms|nginx|axe-sitemap|search-parts|search-patch|print)\.spec\.ts/, use: { baseURL: FIXTURE_URL } },
  ],
  // Every build's server at once (scripts/serve-tests.ts); Playwright would start a list of them one by one.
  webServer: {
    command: 'npx tsx scripts/serve-tests.ts',
    url: `${READY_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
