import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { ApiMeta } from '../trpc/init.js';

export interface RestRoute {
  /** Dotted tRPC path, e.g. `contacts.get`. */
  procedurePath: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Fastify path under /api/v1, e.g. `/contacts/:id`. */
  url: string;
  successStatus: number;
  type: 'query' | 'mutation';
  /** Answers with the bytes of the file the procedure returns (`fileDownloadOutput`), not JSON. */
  file: boolean;
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
      successStatus: meta.created ? 201 : 200,
      type: procedure._def.type === 'query' ? 'query' : 'mutation',
      file: meta.file === true,
    });
  }
  return routes;
}
