/**
 * The one place that says which Chromium the tests drive. Playwright cannot download its own browser here,
 * so Debian's package is used; set CHROMIUM_PATH to point elsewhere.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium from phoning home (the machine has no network but the registries). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** dist/: the shipped content/, as an operator publishes it. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4321);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

/** dist-fixture/: the behaviour fixture (tests/fixtures/site), which the behaviour tests name and count. */
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4325);
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;

/** The build of tests/fixtures/hostile, served beside the real site. */
export const HOSTILE_PORT = Number(process.env.HOSTILE_PORT ?? 4322);
export const HOSTILE_URL = `http://127.0.0.1:${HOSTILE_PORT}`;

/** The build with the CMS's local backend (DECAP_LOCAL=1), for the admin tests. */
export const CMS_PORT = Number(process.env.CMS_PORT ?? 4323);
export const CMS_URL = `http://127.0.0.1:${CMS_PORT}`;

/** dist/ served by Debian's nginx with the generated recipe (npm run nginx-conf), as a deployer would. */
/** dist-parts/: the behaviour fixture's build indexed in parts (npm run search-index -- --part-pages), as a large site's. */
export const PARTS_PORT = Number(process.env.PARTS_PORT ?? 4326);
export const PARTS_URL = `http://127.0.0.1:${PARTS_PORT}`;

/** dist-patch/: the behaviour fixture's build after a change, its search index patched (tests/helpers/patch-fixture.ts). */
export const PATCH_PORT = Number(process.env.PATCH_PORT ?? 4327);
export const PATCH_URL = `http://127.0.0.1:${PATCH_PORT}`;

export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4324);
export const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}`;

/** scripts/serve-tests.ts answers here once every server above does: what Playwright waits for. */
export const READY_PORT = Number(process.env.READY_PORT ?? 4398);
export const READY_URL = `http://127.0.0.1:${READY_PORT}`;
