import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { ApiMeta } from '../trpc/init.js';

export interface RestRoute {
  /** Dotted tRPC path, e.g. `contacts.get`. */
  procedurePath: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Fastify path under /api/v1, e.g. `/contacts/:id`. */
  url: string;
  /** The same path as the OpenAPI document names it, e.g. `/contacts/{id}`. */
  openapiPath: string;
  successStatus: number;
  type: 'query' | 'mutation';
  /** Answers with the bytes of the file the procedure returns (`fileDownloadOutput`), not JSON. */
  file: boolean;
  /** The file's media type (OpenAPI), for file routes. */
  fileContentType: string;
}

/** Every procedure that declares `meta.openapi` becomes one REST route. */
export function restRoutesOf(appRouter: AnyRouter): RestRoute[] {
  const procedures = appRouter._def.procedures as Record<string, AnyProcedure>;
  const routes: RestRoute[] = [];
  for (const [procedurePath, procedure] of Object.entries(procedures)) {
    const meta = procedure._def.meta as ApiMeta | undefined;
    const openapi = meta?.openapi;
    if (!openapi || openapi.enabled === false) continue;
    routes.push({
      procedurePath,
      method: openapi.method,
      url: openapi.path.replace(/\{(\w+)\}/g, ':$1'),
      openapiPath: openapi.path,
      successStatus: meta.created ? 201 : 200,
      type: procedure._def.type === 'query' ? 'query' : 'mutation',
      file: meta.file === true,
      fileContentType: meta.fileContentType ?? 'application/octet-stream',
    });
  }
  return routes;
}
