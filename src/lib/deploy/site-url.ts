/**
 * The public origin every absolute URL is built from: canonical links, og:url, the 页面标签 Url meta, the sitemap,
 * robots.txt, the feeds and the QR codes. A production build must be told it (SITE_URL); falling back to
 * localhost would publish a site that sends search engines and share cards to a developer's machine.
 */
import { headerUrlProblem } from '../../schemas/header-safe.ts';

/** The origin local builds (npm start, the tests) use. */
export const LOCAL_SITE = 'http://localhost:4321';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

export const isLocalOrigin = (url: string) => {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** SITE_URL, or the local origin for development and explicitly local builds. */
export const siteUrl = (env: Record<string, string | undefined>) => env.SITE_URL?.trim() || LOCAL_SITE;

export class SiteUrlError extends Error {
  constructor(detail: string) {
    super(
      [
        `网站的公开地址 SITE_URL ${detail}，生产构建已停止。规范链接、分享卡片、站点地图、robots.txt、RSS 和二维码都会写入这个地址。`,
        '  发布构建：SITE_URL=https://你的域名 npm run build',
        '  只在本机预览：npm start（或 LOCAL_BUILD=1 npm run build）',
        `SITE_URL (the site's public origin) ${detail === '未设置' ? 'is not set' : 'is not a public http(s) origin'}; the production build stopped. ` +
          'Build with SITE_URL=https://your.domain npm run build, or LOCAL_BUILD=1 for a local preview.',
      ].join('\n'),
    );
    this.name = 'SiteUrlError';
  }
}

/** Why a `astro build` may not go ahead with this environment, or undefined when it may. */
export function siteUrlProblem(env: Record<string, string | undefined>): SiteUrlError | undefined {
  if (env.LOCAL_BUILD === '1') return undefined;
  const value = env.SITE_URL?.trim();
  if (!value) return new SiteUrlError('未设置');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return new SiteUrlError(`「${value}」不是完整网址`);
  }
  if (!/^https?:$/.test(url.protocol)) return new SiteUrlError(`「${value}」不是 http(s) 网址`);
  const unsafe = headerUrlProblem(value, { http: true });
  if (unsafe) return new SiteUrlError(`「${value}」${unsafe}`);
  if (isLocalOrigin(value)) return new SiteUrlError(`指向本机（${url.hostname}）`);
  if (url.pathname !== '/' || url.search || url.hash) return new SiteUrlError(`「${value}」应只含协议和域名（可带端口），不含路径`);
  return undefined;
}

/** The origin a production build publishes for (SITE_URL), or null for a local build. */
export function buildOrigin(env: Record<string, string | undefined>): string | null {
  const url = env.SITE_URL?.trim();
  if (env.LOCAL_BUILD === '1' || !url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
