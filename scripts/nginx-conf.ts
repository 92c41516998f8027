/**
 * npm run nginx-conf -- --root <dist> --listen <addr:port> [--server-only] [--server-name NAME]
 *                       [--prefix DIR] [--gzip-static]
 * Prints an nginx.conf for the built site (or with --server-only its server {} block), with the same headers as
 * dist/_headers. Run the full config as an ordinary user: nginx -p <prefix> -c <file>. Build with the same
 * DECAP_* and PUBLIC_TILE_* variables, since the admin's and the map's CSP depend on them.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConf, serverBlock } from '../src/lib/nginx.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    listen: { type: 'string' },
    'server-only': { type: 'boolean', default: false },
    'server-name': { type: 'string' },
    prefix: { type: 'string' },
    'gzip-static': { type: 'boolean', default: false },
  },
});

if (!values.root || !values.listen) {
  console.error('用法 usage: npm run nginx-conf -- --root <dist 的绝对路径> --listen <地址:端口> [--server-only] [--server-name 域名] [--prefix 目录] [--gzip-static]');
  process.exit(2);
}

const options = {
  root: resolve(values.root),
  listen: values.listen,
  ...(values['server-name'] ? { serverName: values['server-name'] } : {}),
  ...(values.prefix ? { prefix: resolve(values.prefix) } : {}),
  gzipStatic: values['gzip-static'],
};
process.stdout.write(values['server-only'] ? serverBlock(options, process.env) : nginxConf(options, process.env));
