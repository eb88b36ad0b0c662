import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@crm/core';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const allowedFetchSites = new Set(['same-origin', 'none']);

function isJson(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Cross-site request forgery guard for every state-changing request a browser could send with ambient
 * credentials (ASVS v3.5): tRPC's adapters do not check Content-Type, so a plain HTML form could
 * otherwise post. The browser's Origin, when sent, must be ours, and Sec-Fetch-Site, when sent, must
 * say same-origin. It applies with or without a session cookie, so sign-in and sign-up cannot be
 * forged either (login CSRF). Requests with an API key carry no ambient credential and are exempt;
 * non-browser clients send neither header.
 *
 * Bodies must be JSON (415 otherwise), the one type an HTML form cannot send: Fastify refuses types it
 * has no parser for, but tRPC's adapter registers a multipart parser, so under `jsonOnlyPrefixes`
 * (tRPC) anything but application/json is refused here, API key or not.
 */
export function csrfGuard(publicUrl: string, jsonOnlyPrefixes: readonly string[] = ['/trpc/']) {
  const allowedOrigin = new URL(publicUrl).origin;
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (safeMethods.has(request.method)) return;
    const contentType = request.headers['content-type'];
    if (
      contentType !== undefined &&
      !isJson(contentType) &&
      jsonOnlyPrefixes.some((prefix) => request.url.startsWith(prefix))
    ) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    }
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && !allowedFetchSites.has(site)) {
      throw new AppError('FORBIDDEN', 'Cross-site request refused');
    }
    const origin = request.headers.origin;
    if (
      origin !== undefined &&
      origin !== allowedOrigin &&
      origin !== `${request.protocol}://${request.host}`
    ) {
      throw new AppError('FORBIDDEN', 'Cross-origin request refused');
    }
  };
}
