import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@crm/core';
import { SESSION_COOKIE } from './session-cookie.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for cookie-authenticated mutations (tRPC's adapters do not check
 * Content-Type, so a plain HTML form could otherwise post): the browser's Origin must be ours, and
 * Sec-Fetch-Site, when sent, must say same-origin. Requests with an API key carry no ambient
 * credential and are not affected.
 */
export function csrfGuard(publicUrl: string) {
  const allowedOrigin = new URL(publicUrl).origin;
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (safeMethods.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    if (!request.cookies[SESSION_COOKIE]) return;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new AppError('FORBIDDEN', 'Cross-site request refused');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== allowedOrigin && origin !== `${request.protocol}://${request.host}`) {
      throw new AppError('FORBIDDEN', 'Cross-origin request refused');
    }
  };
}
