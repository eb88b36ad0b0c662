import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Credentials } from '@crm/core';
import type { ApiServices, RequestContext } from '../trpc/context.js';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie.js';

function credentialsOf(request: FastifyRequest): Credentials | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return { kind: 'apiKey', token: authorization.slice(7).trim() };
  const session = request.cookies[SESSION_COOKIE];
  return session ? { kind: 'session', token: session } : null;
}

export function requestContextFactory(services: ApiServices) {
  return (request: FastifyRequest, reply: FastifyReply): RequestContext => ({
    services,
    requestId: request.id,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    credentials: credentialsOf(request),
    setSessionCookie(token) {
      if (token) void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions);
      else void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions);
    },
  });
}
