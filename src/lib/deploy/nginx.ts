/**
 * The Nginx recipe for serving a build: a complete nginx.conf that runs unprivileged under a prefix folder
 * (`nginx -p <prefix> -c <file>`), or just its `server {}` block for an existing setup. Headers come from the
 * build's own table (dist/_headers.json, src/lib/deploy/headers.ts), so the config sends what the pages were built with.
 * `npm run nginx-conf` prints it; npm test serves builds through it.
 */
import type { Header, HeaderTable } from './header-table.ts';
import { isHostName } from '../../schemas/header-safe.ts';
import { BEACON } from '../core/beacons.ts';

export interface NginxOptions {
  /** Absolute path of the built site. */
  root: string;
  /** Addresses to listen on, e.g. 127.0.0.1:8080, 80 or [::]:80. With TLS these are the HTTPS addresses. */
  listen: string[];
  /** Listen on IPv6 as well: the IPv6 twin of each IPv4 address (0.0.0.0 or a bare port → [::], 127.0.0.1 → [::1]). */
  ipv6?: boolean;
  /** server_name; `_` matches any host. */
  serverName?: string;
  /** Serve the .gz files a build step wrote beside each file (needs ngx_http_gzip_static_module). */
  gzipStatic?: boolean;
  /** Folder for the pid file, logs and temp files (full config only). */
  prefix?: string;
  /** Certificate and key (PEM): the server speaks HTTPS, and `redirectFrom` sends plain HTTP there. */
  tls?: { cert: string; key: string };
  /** Plain-HTTP addresses that redirect to HTTPS (with `tls`; default 80). */
  redirectFrom?: string[];
}

/** Types the site serves. Spelled out so the config needs no mime.types file from the system. */
const TYPES: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/markdown': 'md',
  'application/javascript': 'js mjs',
  'application/json': 'json',
  'application/xml': 'xml',
  'application/rss+xml': 'rss',
  'text/calendar': 'ics',
  'application/wasm': 'wasm',
  'application/pdf': 'pdf',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/jpeg': 'jpg jpeg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/x-icon': 'ico',
  'font/woff2': 'woff2',
};

const GZIP_TYPES = 'text/css text/calendar text/plain text/csv text/markdown application/javascript application/json application/xml application/rss+xml application/wasm image/svg+xml';

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

/** `always`: the headers are sent on 404 responses too. */
const addHeaders = (headers: readonly Header[]) =>
  headers.map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`).join('\n');

export class NginxOptionError extends Error {}

/** The IPv6 twin of a listen address. */
export function ipv6Of(listen: string): string {
  if (listen.startsWith('[')) return listen;
  const m = /^(?:(\d+\.\d+\.\d+\.\d+|\*):)?(\d+)$/.exec(listen);
  if (!m) throw new NginxOptionError(`--ipv6：无法从「${listen}」推出 IPv6 地址，请另写一个 --listen [地址]:端口`);
  const host = m[1] === '127.0.0.1' ? '[::1]' : !m[1] || m[1] === '0.0.0.0' || m[1] === '*' ? '[::]' : undefined;
  if (!host) throw new NginxOptionError(`--ipv6：「${listen}」是具体的 IPv4 地址，请另写一个 --listen [IPv6 地址]:端口`);
  return `${host}:${m[2]}`;
}

const addresses = (list: readonly string[], ipv6: boolean | undefined) =>
  [...list, ...(ipv6 ? list.filter((l) => !l.startsWith('[')).map(ipv6Of) : [])].filter((l, i, all) => all.indexOf(l) === i);

const portOf = (listen: string) => /(\d+)$/.exec(listen)?.[1] ?? '443';

/**
 * server_name: the names given, else the host of the public origin the build was made for, else `_` (any host).
 * HTTPS needs a real name: the plain-HTTP redirect sends visitors to it.
 */
function serverNames(options: NginxOptions, table: HeaderTable): string[] {
  const given = options.serverName?.trim().split(/\s+/).filter(Boolean);
  const names = given?.length ? given : table.origin ? [new URL(table.origin).hostname] : ['_'];
  for (const n of names) {
    if (n !== '_' && !isHostName(n.replace(/^\*\./, ''))) throw new NginxOptionError(`--server-name「${n}」不是域名（只能含字母、数字、连字符和点）`);
  }
  if (options.tls && (names[0] === '_' || names[0]!.startsWith('*'))) {
    throw new NginxOptionError('使用 HTTPS 时须用 --server-name 给出网站域名（或用 SITE_URL 构建的目录）：HTTP 跳转到这个域名，而不是请求里的 Host。');
  }
  return names;
}

/**
 * The `server {}` block(s). add_header in a location replaces the server's, so each location lists its full set.
 * Directory URLs end in a slash (Astro's trailingSlash: 'always'): Nginx redirects /policies to /policies/ with
 * a relative Location, and serves index.html; anything else missing gets 404.html with status 404. `^~` keeps the
 * .html rule below out of /admin/, /_astro/ and /pagefind/.
 */
export function serverBlock(options: NginxOptions, table: HeaderTable): string {
  const site = [...table.all, ...table.site];
  const location = (match: string, headers: readonly Header[], body: string) =>
    `location ${match} {\n${indent(`${addHeaders(headers)}\n${body}`, '  ')}\n}`;
  const listen = addresses(options.listen, options.ipv6);
  const names = serverNames(options, table);
  const name = `server_name ${names.join(' ')};`;
  const tls = options.tls
    ? [
        `ssl_certificate ${options.tls.cert};`,
        `ssl_certificate_key ${options.tls.key};`,
        'ssl_protocols TLSv1.2 TLSv1.3;',
        'ssl_prefer_server_ciphers off;',
        'ssl_session_timeout 1d;',
        'ssl_session_tickets off;',
      ]
    : [];
  const body = [
    ...listen.map((l) => `listen ${l}${options.tls ? ' ssl' : ''};`),
    name,
    ...tls,
    `root ${options.root};`,
    'index index.html;',
    'charset utf-8;',
    // nginx's default list (pages, plain text, scripts, XML feeds) and the open data and calendars: a phone or Excel
    // that is not told they are UTF-8 may read their Chinese in the local code page.
    'charset_types text/xml text/plain text/calendar text/csv text/markdown application/javascript application/json application/rss+xml application/xml;',
    'absolute_redirect off;',
    'server_tokens off;',
    'error_page 404 /404.html;',
    '',
    '# A static site: reading only. Anything else is refused before a location is chosen.',
    'add_header Allow "GET, HEAD" always;',
    'if ($request_method !~ ^(GET|HEAD)$) {\n  return 405;\n}',
    '# Dotfiles (.git/, .env left in the web root) and the build\'s header files are never served; /.well-known/ is.',
    'if ($uri ~ "/\\.(?!well-known/)") {\n  return 404;\n}',
    'if ($uri ~ "^/_headers") {\n  return 404;\n}',
    '',
    location('^~ /_astro/', [...site, ['Cache-Control', table.cache.immutable]], 'try_files $uri =404;'),
    // The search index is revalidated like the pages: a fragment's name is its page's place, which the next full
    // index may give to another page, and an entry file kept past a publish would name files the release lacks.
    location('^~ /pagefind/', [...site, ['Cache-Control', table.cache.html]], 'try_files $uri =404;'),
    location('^~ /admin/', [...table.all, ...table.admin, ['Cache-Control', table.cache.html]], 'try_files $uri $uri/ =404;'),
    // A search's query and result count, a page's 有帮助/没帮助: answered with nothing, kept in the access log for
    // npm run stats (src/lib/core/beacons.ts).
    location(`^~ ${BEACON.prefix}`, [...site, ['Cache-Control', 'no-store']], 'return 204;'),
    location('= /404.html', [...site, ['Cache-Control', table.cache.html]], 'internal;'),
    location('~ \\.html$', [...site, ['Cache-Control', table.cache.html]], 'try_files $uri =404;'),
    location('/', [...site, ['Cache-Control', table.cache.short]], 'try_files $uri $uri/ =404;'),
  ].join('\n');
  const main = `server {\n${indent(body, '  ')}\n}\n`;
  if (!options.tls) return main;
  const port = portOf(options.listen[0] ?? '443');
  const redirect = [
    ...addresses(options.redirectFrom ?? ['80'], options.ipv6).map((l) => `listen ${l};`),
    name,
    'server_tokens off;',
    // The configured name, never the request's Host: `Host: evil.example` must not choose where visitors are sent.
    `return 301 https://${names[0]!}${port === '443' ? '' : `:${port}`}$request_uri;`,
  ].join('\n');
  return `${main}\n# Plain HTTP only redirects.\nserver {\n${indent(redirect, '  ')}\n}\n`;
}

/** A complete nginx.conf for `nginx -p <prefix> -c <file>`, as an ordinary user. */
export function nginxConf(options: NginxOptions, table: HeaderTable): string {
  const prefix = (options.prefix ?? '.').replace(/\/$/, '');
  const types = Object.entries(TYPES)
    .map(([type, exts]) => `${type} ${exts};`)
    .join('\n');
  const http = [
    `types {\n${indent(types, '  ')}\n}`,
    'default_type application/octet-stream;',
    `access_log ${prefix}/logs/access.log;`,
    `client_body_temp_path ${prefix}/temp/client_body;`,
    `proxy_temp_path ${prefix}/temp/proxy;`,
    `fastcgi_temp_path ${prefix}/temp/fastcgi;`,
    `uwsgi_temp_path ${prefix}/temp/uwsgi;`,
    `scgi_temp_path ${prefix}/temp/scgi;`,
    'sendfile on;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_min_length 256;',
    `gzip_types ${GZIP_TYPES};`,
    ...(options.gzipStatic ? ['gzip_static on;'] : []),
    '',
    serverBlock(options, table).trimEnd(),
  ].join('\n');
  return [
    '# 创业促就业服务门户 — generated by `npm run nginx-conf`; regenerate rather than edit.',
    `# Run: nginx -p ${prefix}/ -c <this file>   (create ${prefix}/logs and ${prefix}/temp first)`,
    'worker_processes auto;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/logs/error.log;`,
    'events {\n  worker_connections 1024;\n}',
    `http {\n${indent(http, '  ')}\n}`,
    '',
  ].join('\n');
}
