// Requests to the servers the build tests start (nginx with the generated recipe), with what fetch cannot do:
// an explicit Host header and a self-signed certificate accepted.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET, resolved with the status, the headers and the whole body. */
export function get(url: string, options: { host?: string } = {}): Promise<Response> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const headers = options.host ? { Host: options.host } : {};
    send(url, { headers, rejectUnauthorized: false, ...(options.host ? { servername: options.host } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** Waits until `ready` holds (a server answering), or fails after `ms`. */
export async function until(ready: () => Promise<boolean>, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await ready().catch(() => false)) return;
  throw new Error(`not ready after ${ms} ms`);
}
