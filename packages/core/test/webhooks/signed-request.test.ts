import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedAddressError } from '../../src/webhooks/network-guard.js';
import { sendSignedRequest, webhookSignature } from '../../src/webhooks/signed-request.js';

// The signed call on a loopback server: headers, the deadline, and the guard on host names resolved
// at call time.
let server: Server;
let port: number;
const seen: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      if (req.url === '/silent') return; // never answers
      res.writeHead(202);
      // An endless body: the caller must not wait for it.
      const drip = setInterval(() => res.write('.'), 50);
      res.on('close', () => {
        clearInterval(drip);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const base = { method: 'POST' as const, body: '{"a":1}', secret: 'whsec_test', idempotencyKey: 'k-1' };

describe('sendSignedRequest', () => {
  it('signs "<timestamp>.<body>", sends the idempotency key, and answers the status without reading the body', async () => {
    const answer = await sendSignedRequest({
      ...base,
      url: `http://127.0.0.1:${port}/ok`,
      policy: 'loopback',
    });
    expect(answer.status).toBe(202);
    const last = seen.at(-1);
    const timestamp = String(last?.headers['x-crm-timestamp']);
    expect(last?.headers['x-crm-signature']).toBe(webhookSignature('whsec_test', timestamp, '{"a":1}'));
    expect(last?.headers['idempotency-key']).toBe('k-1');
    expect(last?.body).toBe('{"a":1}');
  });

  it('gives up at the deadline when the receiver does not answer', async () => {
    await expect(
      sendSignedRequest({
        ...base,
        url: `http://127.0.0.1:${port}/silent`,
        policy: 'loopback',
        timeoutMs: 300,
      }),
    ).rejects.toThrow(/did not answer within/);
  });

  it('refuses loopback by default, for literal addresses and for names resolved at call time', async () => {
    const count = seen.length;
    await expect(
      sendSignedRequest({ ...base, url: `http://127.0.0.1:${port}/ok`, policy: 'false' }),
    ).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(
      sendSignedRequest({ ...base, url: `http://localhost:${port}/ok`, policy: 'false' }),
    ).rejects.toThrow(/loopback/);
    expect(seen.length).toBe(count);
  });
});
