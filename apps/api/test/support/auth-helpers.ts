import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { PUBLIC_URL, type TestApp } from './test-app.js';

export const SESSION_COOKIE = '__Host-crm_session';
export const PASSWORD = 'correct horse battery staple';

/** The session token a response set, or null when it set none (a cleared cookie counts as none). */
export function sessionTokenOf(res: LightMyRequestResponse): string | null {
  const header = res.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  for (const cookie of cookies) {
    const [pair] = cookie.split(';');
    const [name, value] = (pair ?? '').split('=');
    if (name === SESSION_COOKIE && value) return value;
  }
  return null;
}

/** Headers of a same-origin browser request with this session. */
export function session(token: string): Record<string, string> {
  return { cookie: `${SESSION_COOKIE}=${token}`, origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' };
}

let counter = 0;
/** A fresh e-mail address per call, so that rate limits of one test do not touch another. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.test`;
}

/** A fresh client address per call (light-my-request lets a test choose it). */
export function uniqueIp(): string {
  counter += 1;
  return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
}

export interface SignedUp {
  token: string;
  email: string;
  password: string;
  userId: string;
  tenantId: string;
}

/** Signs up a new workspace through the API and returns its session. */
export async function signUp(
  h: TestApp,
  options: { email?: string; workspaceName?: string; name?: string } = {},
): Promise<SignedUp> {
  const email = options.email ?? uniqueEmail('owner');
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    remoteAddress: uniqueIp(),
    payload: {
      workspaceName: options.workspaceName ?? 'Workspace',
      name: options.name ?? 'Owner',
      email,
      password: PASSWORD,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json<{ tenant: { id: string }; user: { id: string } }>();
  const token = sessionTokenOf(res);
  if (!token) throw new Error('signup set no session cookie');
  return { token, email, password: PASSWORD, userId: body.user.id, tenantId: body.tenant.id };
}

/** Signs in through the API; returns the response (status not checked). */
export function logIn(
  h: TestApp,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  ip = uniqueIp(),
) {
  return h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: ip,
    headers,
    payload: { email, password },
  });
}

export function getMe(h: TestApp, token: string) {
  return h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session(token) });
}
