import type { CookieSerializeOptions } from '@fastify/cookie';
import { sessionPolicy } from '@crm/core';

/**
 * `__Host-` pins the cookie to this host and path / and requires Secure (ASVS 3.3.1). Browsers
 * treat http://localhost and 127.0.0.1 as secure contexts, so local runs work without TLS.
 */
export const SESSION_COOKIE = '__Host-crm_session';

export const sessionCookieOptions: CookieSerializeOptions = {
  path: '/',
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  maxAge: Math.floor(sessionPolicy.absoluteTimeoutMs / 1000),
};
