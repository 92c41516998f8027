/**
 * npm run cms — local editing: decap-server's file backend (scripts/cms-server.ts, on 127.0.0.1:8081) and the dev site with
 * `local_backend` switched on. Entries the editors save land in content/ in this working tree.
 */
import { spawn } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const children = [
  // decap-server's handlers behind a guard: 127.0.0.1 only, and only requests addressed to this machine.
  spawn('npx', ['tsx', 'scripts/cms-server.ts', '--port', '8081', '--mode', 'fs', '--repo', process.cwd()], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
  spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', '4321'], {
    env: { ...env, DECAP_LOCAL: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
];
setTimeout(() => console.log('\n内容管理（本地）：http://127.0.0.1:4321/admin/  —  按 Ctrl+C 退出\n'), 3000);

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && stop());
