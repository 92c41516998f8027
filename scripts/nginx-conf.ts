/**
 * npm run nginx-conf -- --root <dist> --listen <addr:port> [--listen …] [--ipv6] [--server-only]
 *                       [--server-name NAME] [--prefix DIR] [--gzip-static]
 *                       [--tls-cert FILE --tls-key FILE [--redirect-from ADDR]]
 * Prints an nginx.conf for the build in --root (or with --server-only its server {} blocks). The headers are the
 * build's own (dist/_headers.json), whatever the environment this runs in; a --root without a build is refused.
 * Run the full config as an ordinary user: nginx -p <prefix> -c <file>.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NoBuildError, readHeaderTable } from '../src/lib/deploy/header-table.ts';
import { nginxConf, NginxOptionError, serverBlock } from '../src/lib/deploy/nginx.ts';

const USAGE =
  '用法 usage: npm run nginx-conf -- --root <dist 的绝对路径> --listen <地址:端口> [--listen …] [--ipv6] [--server-only] [--server-name 域名] [--prefix 目录] [--gzip-static] [--tls-cert 证书 --tls-key 私钥 [--redirect-from 80]]';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    listen: { type: 'string', multiple: true },
    ipv6: { type: 'boolean', default: false },
    'server-only': { type: 'boolean', default: false },
    'server-name': { type: 'string' },
    prefix: { type: 'string' },
    'gzip-static': { type: 'boolean', default: false },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'redirect-from': { type: 'string', multiple: true },
  },
});

if (!values.root || !values.listen?.length || Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
  console.error(USAGE);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) console.error('--tls-cert 与 --tls-key 须同时给出。');
  process.exit(2);
}

try {
  const table = readHeaderTable(resolve(values.root));
  const options = {
    root: resolve(values.root),
    listen: values.listen,
    ipv6: values.ipv6,
    ...(values['server-name'] ? { serverName: values['server-name'] } : {}),
    ...(values.prefix ? { prefix: resolve(values.prefix) } : {}),
    gzipStatic: values['gzip-static'],
    ...(values['tls-cert'] && values['tls-key'] ? { tls: { cert: resolve(values['tls-cert']), key: resolve(values['tls-key']) } } : {}),
    ...(values['redirect-from'] ? { redirectFrom: values['redirect-from'] } : {}),
  };
  process.stdout.write(values['server-only'] ? serverBlock(options, table) : nginxConf(options, table));
} catch (e) {
  if (!(e instanceof NoBuildError || e instanceof NginxOptionError)) throw e;
  console.error(e.message);
  process.exit(2);
}
