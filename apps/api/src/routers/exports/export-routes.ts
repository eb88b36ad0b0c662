import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordExports } from '@crm/core';
import { requestContextFactory } from '../../http/request-context.js';
import { REST_PREFIX, sendError } from '../../rest/register-rest-api.js';
import type { ApiServices, RequestContext } from '../../trpc/context.js';
import { runInTenantUnit } from '../../trpc/tenant-unit.js';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * The pages after the first, each read in its own short unit of work (with the credential
 * re-checked), pulled only as fast as the client reads: no transaction stays open while the
 * response waits on the network, and memory holds one page.
 */
async function* laterPages(
  facts: RequestContext,
  request: recordExports.ExportRequest,
  guards: readonly recordExports.ExportGuard[],
): AsyncGenerator<string> {
  let cursor = request.cursor;
  while (cursor) {
    const page = await runInTenantUnit(facts, (tenant) =>
      recordExports.exportPage(tenant, { ...request, cursor }, guards),
    );
    yield page.text;
    cursor = page.nextCursor;
  }
}

function exportHandler(services: ApiServices, kind: recordExports.ExportKind) {
  const contextOf = requestContextFactory(services);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const facts = contextOf(request, reply);
    const query = { ...(request.query as Record<string, unknown>) };
    let first: recordExports.ExportPage;
    try {
      // The first page decides the answer: a refusal or a bad filter is a JSON error, not a broken file.
      first = await runInTenantUnit(facts, (tenant) =>
        recordExports.exportPage(
          tenant,
          { kind, query, cursor: null, columns: null },
          services.plugins.exportGuards,
        ),
      );
    } catch (error) {
      return sendError(reply, error);
    }
    const rest = laterPages(
      facts,
      { kind, query, cursor: first.nextCursor, columns: first.columns },
      services.plugins.exportGuards,
    );
    async function* body(): AsyncGenerator<string> {
      yield BOM + first.text;
      yield* rest;
    }
    const stream = Readable.from(body());
    stream.on('error', (error) => {
      request.log.error({ err: error }, 'export broke off');
    });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${kind}-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(stream);
  };
}

/**
 * GET /api/v1/{contacts,accounts,deals}/export.csv: the list as CSV, streamed. Plain Fastify routes
 * (tRPC answers JSON), behind the same authentication, tenant unit of work and CASL ability as every
 * procedure (runInTenantUnit); the list's query parameters filter it. The installed plugins' export
 * guards may refuse it (e.g. the bank plugin freezes a leaving manager's exports).
 */
export function registerExportRoutes(app: FastifyInstance, services: ApiServices): void {
  for (const kind of recordExports.exportKinds) {
    app.get(`${REST_PREFIX}/${kind}/export.csv`, exportHandler(services, kind));
  }
}
