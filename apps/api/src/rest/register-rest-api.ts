import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { AppError, fileDownloadOutput, httpStatusOf } from '@crm/core';
import { createCallerFactory, toAppError } from '../trpc/init.js';
import type { RequestContext } from '../trpc/context.js';
import { restRoutesOf, type RestRoute } from './rest-routes.js';

export const REST_PREFIX = '/api/v1';

type Caller = Record<string, unknown>;

function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const segment of path.split('.')) node = (node as Caller)[segment];
  return node as (input: unknown) => Promise<unknown>;
}

export function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  const appError = toAppError(error);
  const retryAfter = appError.details?.retryAfterSeconds;
  if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
  return reply.code(httpStatusOf(appError.code)).send({
    error: { code: appError.code, message: appError.message, details: appError.details ?? {} },
  });
}

/** A generated file (a PDF document, ...) as the bytes themselves, to open or save. */
function sendFile(reply: FastifyReply, data: unknown): FastifyReply {
  const file = fileDownloadOutput.parse(data);
  const ascii = file.filename.replace(/[^\w.-]/g, '_');
  return reply
    .code(200)
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.base64, 'base64'));
}

const operationKey = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'delete' } as const;

/**
 * trpc-to-openapi describes every success response as the procedure's JSON output; a file route
 * answers the bytes themselves, so its success response becomes the file's media type (binary).
 */
export function describeFileResponses(document: OpenAPIObject, routes: readonly RestRoute[]): OpenAPIObject {
  for (const route of routes) {
    if (!route.file) continue;
    const operation = document.paths?.[route.openapiPath]?.[operationKey[route.method]];
    if (!operation?.responses) continue;
    operation.responses[String(route.successStatus)] = {
      description: 'The file, as an attachment (errors stay JSON)',
      headers: {
        'content-disposition': {
          description: 'attachment; filename="..."; filename*=UTF-8\'\'...',
          schema: { type: 'string' },
        },
      },
      content: { [route.fileContentType]: { schema: { type: 'string', format: 'binary' } } },
    };
  }
  return document;
}

/**
 * The public REST API: one Fastify route per procedure that has `meta.openapi`, calling the same
 * procedure through a server-side caller, so REST and tRPC share validation, auth and behaviour.
 * The OpenAPI document is generated from the same procedures.
 */
export function registerRestApi(
  app: FastifyInstance,
  appRouter: AnyRouter,
  createContext: (request: FastifyRequest, reply: FastifyReply) => RequestContext,
  info: { title: string; version: string; baseUrl: string },
): void {
  const createCaller = createCallerFactory(appRouter);
  const routes = restRoutesOf(appRouter);
  const generated = generateOpenApiDocument(appRouter, {
    title: info.title,
    version: info.version,
    baseUrl: `${info.baseUrl}${REST_PREFIX}`,
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'API key from POST /api/v1/api-keys' },
      session: { type: 'apiKey', in: 'cookie', name: '__Host-crm_session' },
    },
  });
  const document = describeFileResponses(generated, routes);
  app.get(`${REST_PREFIX}/openapi.json`, () => document);

  const handler = (route: RestRoute) => async (request: FastifyRequest, reply: FastifyReply) => {
    const fromBody = route.method !== 'GET' && route.method !== 'DELETE';
    const body = fromBody ? request.body : undefined;
    if (
      fromBody &&
      body !== undefined &&
      (typeof body !== 'object' || body === null || Array.isArray(body))
    ) {
      return sendError(reply, new AppError('BAD_REQUEST', 'The request body must be a JSON object'));
    }
    const input = {
      ...(fromBody ? (body as object | undefined) : (request.query as object)),
      ...(request.params as object),
    };
    try {
      const caller = createCaller(createContext(request, reply)) as unknown as Caller;
      const data = await procedureOf(caller, route.procedurePath)(input);
      if (route.file) return await sendFile(reply, data);
      return await reply.code(route.successStatus).send(data);
    } catch (error) {
      return sendError(reply, error);
    }
  };

  for (const route of routes) {
    app.route({ method: route.method, url: `${REST_PREFIX}${route.url}`, handler: handler(route) });
  }
}
