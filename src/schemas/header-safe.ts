/** What may be written into a response header or the nginx config. No imports: browser-safe modules (the map's
 * basemap settings) read it too. */

/** A DNS host name: letters, digits and hyphens in dot-separated labels (what nginx's server_name and a URL's host
 * may hold here). */
export const isHostName = (name: string) => /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(name);

/** Characters that end or extend a header value, a CSP directive or an nginx string. */
export const HEADER_BREAKING = /[;$"'\\`\s]/;

/**
 * Why a URL may not be written into a response header or the nginx config, or undefined when it may: it must be
 * https (or http where `http` allows), its host plain host-name characters, and no character anywhere that ends or
 * extends a CSP directive or an nginx string (`; $ " ' \` `` ` `` and white space). `https://fb.example;sandbox/`
 * would otherwise add a directive to the CSP, and a `$` would make nginx read a variable.
 */
export function headerUrlProblem(value: string, options: { http?: boolean } = {}): string | undefined {
  const bad = HEADER_BREAKING.exec(value);
  if (bad) return `不能含有「${bad[0].trim() || '空白'}」（网址会写入响应头和 nginx 配置）`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '不是完整的网址';
  }
  if (url.protocol !== 'https:' && !(options.http && url.protocol === 'http:')) return options.http ? '应为 http:// 或 https:// 开头' : '应为 https:// 开头';
  if (!isHostName(url.hostname)) return `域名「${url.hostname}」只能含字母、数字、连字符和点`;
  return undefined;
}
