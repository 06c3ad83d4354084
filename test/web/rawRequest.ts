import { request } from 'node:http';

/** A response read in full. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * An HTTP request with full control of the path and headers (fetch normalises paths and
 * forbids setting Host), for probing the browser host's guards.
 */
export function rawRequest(o: { port: number; path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port: o.port, path: o.path, method: o.method ?? 'GET', headers: { Host: `127.0.0.1:${o.port}`, ...o.headers } }, (r) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (body += c));
      r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body }));
    });
    req.on('error', rej);
    req.end(o.body);
  });
}

/** POST `api/<method>` with `{ args }` as the renderer does. */
export function apiCall(port: number, prefix: string, method: string, args: unknown[], headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest({
    port,
    path: `${prefix}api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, ...headers },
    body: JSON.stringify({ args }),
  });
}
