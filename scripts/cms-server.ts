/**
 * The CMS's local backend: decap-server's own request handlers, behind a guard. It listens on 127.0.0.1 only and
 * answers only requests addressed to this machine by name (Host 127.0.0.1 or localhost, on its port), so a web page
 * that rebinds its own domain name to 127.0.0.1 cannot write into the working tree (.git/hooks included), and a
 * request from another site's page is refused by its Origin.
 *   npx tsx scripts/cms-server.ts [--port 8081] [--mode fs|git] [--repo DIR]
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

type Next = () => void;
interface App {
  use(handler: (req: IncomingMessage, res: ServerResponse, next: Next) => void): void;
  listen(port: number, host: string, ready: () => void): void;
}
const require = createRequire(import.meta.url);
const express = require('express') as () => App;
const middlewares = require('decap-server/dist/middlewares.js') as Record<'registerLocalFs' | 'registerLocalGit', (app: App, options?: { logLevel?: string }) => Promise<void>>;

/** The Host values this server answers: its own port on the loopback names. */
export const allowedHosts = (port: number) => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

/** Whether a request may reach the backend: addressed to this machine, from no page or a page on this machine. */
export function isLocalRequest(headers: IncomingMessage['headers'], port: number): boolean {
  if (!allowedHosts(port).has(headers.host ?? '')) return false;
  const origin = headers.origin;
  return !origin || /^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(origin);
}

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8081' }, mode: { type: 'string', default: 'fs' }, repo: { type: 'string', default: '.' } },
});
const port = Number(values.port);
// decap-server's handlers read the working tree from this variable.
process.env.GIT_REPO_DIRECTORY = resolve(values.repo);

const app = express();
app.use((req, res, next) => {
  if (isLocalRequest(req.headers, port)) return next();
  res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('只接受本机（127.0.0.1 / localhost）的请求。Only requests to this machine are served.\n');
});
await (values.mode === 'git' ? middlewares.registerLocalGit : middlewares.registerLocalFs)(app, { logLevel: process.env.LOG_LEVEL ?? 'info' });
app.listen(port, '127.0.0.1', () => console.log(`内容管理本地后端（${values.mode}）：http://127.0.0.1:${port}/api/v1 → ${process.env.GIT_REPO_DIRECTORY}`));
