/**
 * Every server the browser tests use, started at once: `astro preview` for each build the tests read, and dist/
 * through the real nginx. Playwright starts the entries of its webServer list one after the other, which cost a CI
 * run 41 s before its first test; started together they are up in a few seconds. Once all of them answer, this
 * answers on READY_PORT, which is what Playwright waits for; stopped, it stops them.
 * `npx tsx scripts/serve-tests.ts` serves them for running single tests by hand.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { CMS_PORT, FIXTURE_PORT, HOSTILE_PORT, NGINX_PORT, PARTS_PORT, PATCH_PORT, PREVIEW_PORT, READY_PORT } from './lib/browser.ts';
import { astro, tsx } from './lib/node.ts';

/** Each build and the port it is previewed on (playwright.config.ts says which tests read which). */
const PREVIEWS: [port: number, outDir: string][] = [
  [PREVIEW_PORT, './dist'],
  [FIXTURE_PORT, './dist-fixture'],
  [HOSTILE_PORT, './dist-hostile'],
  [CMS_PORT, './dist-cms'],
  [PARTS_PORT, './dist-parts'],
  [PATCH_PORT, './dist-patch'],
];

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

function start(what: string, command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`serve-tests: ${what} stopped (${code ?? 'signal'})`);
    stop(1);
  });
  children.push(child);
}

/** Whether nothing listens on the port yet. */
const free = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
// A preview whose port is taken moves to the next one and takes the port of the build after it: every test would
// then read the wrong build. Say so and stop instead.
const taken = (await Promise.all([...PREVIEWS.map(([port]) => port), NGINX_PORT].map(async (port) => ((await free(port)) ? [] : [port])))).flat();
if (taken.length > 0) {
  console.error(`serve-tests: port ${taken.join(', ')} is already in use (another server?); stop it, or set the *_PORT variables of scripts/lib/browser.ts`);
  process.exit(1);
}

for (const [port, outDir] of PREVIEWS) {
  // --ignore-lock: Astro 7 lets one preview server run per project unless told otherwise.
  start(`astro preview of ${outDir}`, ...astro('preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)), {
    OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
}
start('nginx', ...tsx('scripts/serve-nginx.ts', '--root', 'dist', '--port', String(NGINX_PORT)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));

const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    (r) => r.ok,
    () => false,
  );
const ports = [...PREVIEWS.map(([port]) => port), NGINX_PORT];
while (!(await Promise.all(ports.map(answers))).every(Boolean)) await new Promise((r) => setTimeout(r, 200));
createServer((_, res) => res.end('ready\n')).listen(READY_PORT, '127.0.0.1', () => console.log(`serve-tests: ${ports.length} servers ready`));
