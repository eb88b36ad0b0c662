import { createHmac } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  assertLiteralHostAllowed,
  guardedLookup,
  privateNetworkPolicy,
  type PrivateNetworkPolicy,
} from './network-guard.js';

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: what receivers recompute to verify a call. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface SignedRequest {
  url: string;
  method: 'POST' | 'PUT';
  body: string;
  secret: string;
  /** The secret replaced by a rotation, during its overlap window: a second signature. */
  previousSecret?: string | null;
  idempotencyKey: string;
  timeoutMs?: number;
  policy?: PrivateNetworkPolicy;
}

export interface SignedResponse {
  status: number;
  durationMs: number;
}

/**
 * Sends one signed webhook call (`X-CRM-Signature`, `X-CRM-Timestamp`, `Idempotency-Key`, and
 * `X-CRM-Signature-Previous` when a previous secret is given) and answers
 * the status. The host is resolved through the SSRF guard, and the connection goes to the address
 * that passed it; redirects are not followed (a 3xx is an answer like any other).
 */
export async function sendSignedRequest(input: SignedRequest): Promise<SignedResponse> {
  const policy = input.policy ?? privateNetworkPolicy();
  const url = new URL(input.url);
  assertLiteralHostAllowed(url, policy);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const started = performance.now();
  const timeoutMs = input.timeoutMs ?? 20_000;
  const status = await new Promise<number>((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: input.method,
        lookup: guardedLookup(policy),
        // No connection reuse: every call resolves (and checks) its address afresh.
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(input.body),
          'user-agent': 'CRM-Webhooks/1',
          'x-crm-signature': webhookSignature(input.secret, timestamp, input.body),
          ...(input.previousSecret
            ? { 'x-crm-signature-previous': webhookSignature(input.previousSecret, timestamp, input.body) }
            : {}),
          'x-crm-timestamp': timestamp,
          'idempotency-key': input.idempotencyKey,
        },
      },
      (response: IncomingMessage) => {
        // Only the status matters: the body is not read, so a receiver cannot hold the call open.
        clearTimeout(deadline);
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    // One deadline for the whole call (connect, send, answer), however slowly the receiver trickles.
    const deadline = setTimeout(() => {
      outgoing.destroy(new Error(`the receiver did not answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    outgoing.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    outgoing.end(input.body);
  });
  return { status, durationMs: Math.round(performance.now() - started) };
}
