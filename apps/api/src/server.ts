import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { AppError } from '@crm/core';
import { registerSecurityHeaders } from './http/security-headers.js';
import { csrfGuard } from './http/csrf-guard.js';
import { requestContextFactory } from './http/request-context.js';
import { registerRestApi, sendError } from './rest/register-rest-api.js';
import { registerImportRoutes } from './routers/imports/import-upload.js';
import { registerExportRoutes } from './routers/exports/export-routes.js';
import { createNotificationPush } from './routers/notifications/notification-push.js';
import { registerNotificationStream } from './routers/notifications/notification-stream.js';
import { appRouter, buildAppRouter } from './router.js';
import { installedPluginRegistry } from './plugins/installed-plugins.js';
import type { ApiServices } from './trpc/context.js';

export const MAX_BODY_BYTES = 1024 * 1024;

const fastifyErrorCodes: Record<string, AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than allowed'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError('BAD_REQUEST', 'The JSON body is empty'),
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError('BAD_REQUEST', 'The body is not valid JSON'),
};

const apiPrefixes = ['/api/', '/trpc/', '/health'];

/** A browser navigating to a page of the web app, as opposed to an API call or a missing asset. */
function isPageRequest(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (apiPrefixes.some((prefix) => url.startsWith(prefix)) || url.startsWith('/assets/')) return false;
  return accept?.includes('text/html') ?? false;
}

export interface ServerOptions {
  /** A directory of built web-app files to serve at `/` (the launcher passes apps/web's). */
  webRoot?: string;
  /**
   * Connection string for the one LISTEN of notification push (docs/decisions/live-updates.md).
   * Omit it where NOTIFY does not cross connections (embedded PGlite): the stream then tells
   * clients to poll.
   */
  notificationListenUrl?: string;
}

/** The HTTP server: security headers, CSRF guard, health, tRPC at /trpc and REST at /api/v1. */
export async function buildServer(
  services: ApiServices,
  options: ServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: services.config.LOG_LEVEL === 'silent' ? false : { level: services.config.LOG_LEVEL },
    bodyLimit: MAX_BODY_BYTES,
    genReqId: () => randomUUID(),
    trustProxy: false,
    // tRPC batches put every procedure's path in one URL segment (`/trpc/a.b,c.d,...`): a screen that
    // loads several queries at once would pass Fastify's default 100-character limit and get a 404.
    routerOptions: { maxParamLength: 5000 },
  });
  // Mutations accept JSON only: drop Fastify's default text/plain parser.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  registerSecurityHeaders(app);
  app.addHook('onRequest', csrfGuard(services.config.publicUrl));
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const known = fastifyErrorCodes[error.code];
    if (!known && !(error instanceof AppError)) app.log.error(error);
    return sendError(reply, known ?? error);
  });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: a page URL (/contacts/…) that is no file answers index.html.
    if (options.webRoot && isPageRequest(request.method, request.url, request.headers.accept)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(reply, AppError.notFound('Route'));
  });

  // Ok only when both the database and Temporal answer; otherwise 503 naming what failed.
  app.get('/health', async (_request, reply) => {
    const checks = await Promise.allSettled([
      services.database.withPlatform((db) => db.$queryRaw`SELECT 1`),
      services.temporal.checkHealth(),
    ]);
    const failed = (['database', 'temporal'] as const).filter((_, i) => checks[i]?.status === 'rejected');
    if (failed.length === 0) return { status: 'ok' };
    for (const check of checks) if (check.status === 'rejected') app.log.error(check.reason);
    return reply.code(503).send({ status: 'unavailable', failed });
  });

  // The static router serves the installed plugins; another registry (tests) gets its own router.
  const apiRouter =
    services.plugins === installedPluginRegistry ? appRouter : buildAppRouter(services.plugins);
  const createContext = requestContextFactory(services);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: apiRouter,
      createContext: ({
        req,
        res,
      }: {
        req: Parameters<typeof createContext>[0];
        res: Parameters<typeof createContext>[1];
      }) => createContext(req, res),
    },
  });
  if (options.webRoot) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/',
      // Hashed file names under /assets never change; index.html always revalidates.
      setHeaders: (response, path) => {
        response.setHeader(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  registerRestApi(app, apiRouter, createContext, {
    title: 'CRM API',
    version: '1.0.0',
    baseUrl: services.config.publicUrl,
  });
  await registerImportRoutes(app, services);
  registerExportRoutes(app, services);
  const push = createNotificationPush(options.notificationListenUrl, app.log);
  const streams = registerNotificationStream(app, services, push);
  // Open streams never finish on their own: end them first, or closing would wait for them.
  app.addHook('preClose', (done) => {
    streams.endAll('shutdown');
    done();
  });
  app.addHook('onClose', () => push.close());
  return app;
}
