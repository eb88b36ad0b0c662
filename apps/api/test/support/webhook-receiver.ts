import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  /** The receiver's base URL: any path under it is received (tests use one path per subscription). */
  url: string;
  calls: ReceivedCall[];
  /** The next `count` calls to `path` are answered with `status` (e.g. 500), then 204 again. */
  failNext(path: string, count: number, status?: number): void;
  close(): Promise<void>;
}

/** A loopback HTTP server that records every call and answers 204 (or a chosen failure). */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const calls: ReceivedCall[] = [];
  const failures = new Map<string, { count: number; status: number }>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      calls.push({ path, headers: req.headers, body });
      const failing = failures.get(path);
      if (failing && failing.count > 0) {
        failing.count -= 1;
        res.writeHead(failing.status).end('failing on purpose');
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    failNext(path, count, status = 500) {
      failures.set(path, { count, status });
    },
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
