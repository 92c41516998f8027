/**
 * Serves a build through the real nginx with the generated recipe, in the foreground (for Playwright's
 * webServer and for trying a deployment locally): npx tsx scripts/serve-nginx.ts [--root dist] [--port 4324].
 * The prefix (pid, logs, temp) is a scratch folder inside the project, removed when nginx stops.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readHeaderTable } from '../src/lib/deploy/header-table.ts';
import { nginxConf } from '../src/lib/deploy/nginx.ts';
import { scratchDir } from './lib/scratch.ts';
import { NGINX_BIN } from './lib/nginx.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4324' } } });
const prefix = scratchDir('nginx-');
for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
const conf = join(prefix, 'nginx.conf');
const root = resolve(values.root);
writeFileSync(conf, nginxConf({ root, listen: [`127.0.0.1:${values.port}`], prefix }, readHeaderTable(root)));
const nginx = spawn(NGINX_BIN, ['-p', `${prefix}/`, '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
// Its logs and temp files go with it: every run of the tests and the bench starts one.
nginx.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
