import { backendConfig, type BackendEnv } from '../cms/config.ts';
import { SCRIPT_PATHS, scriptSources } from './csp.ts';

/**
 * The admin page's own Content-Security-Policy. Decap needs 'unsafe-eval' (the public site does not), inline
 * styles for its editor, blob: workers and images, and to reach its backend: decap-server on this machine in
 * local mode, or the git host's API in production.
 */
export function adminCsp(local: boolean, env: BackendEnv, origin: string | null = null): string {
  const backend = local ? undefined : backendConfig(env);
  const originOf = (url: string | undefined) => (url ? new URL(url).origin : '');
  const hosts = local
    ? ['http://localhost:8081', 'http://127.0.0.1:8081']
    : [
        backend?.name === 'github' ? 'https://api.github.com' : '',
        originOf(backend?.base_url),
        originOf(backend?.api_root),
      ].filter((h, i, all) => h && all.indexOf(h) === i);
  return [
    "default-src 'self'",
    `script-src ${scriptSources(origin, SCRIPT_PATHS.admin)} 'unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: data: ${hosts.join(' ')}`.trim(),
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}
