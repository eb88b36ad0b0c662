import multipart, { type Multipart, type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, fromZodError, imports } from '@crm/core';
import { requestContextFactory } from '../../http/request-context.js';
import { REST_PREFIX, sendError } from '../../rest/register-rest-api.js';
import type { ApiServices, RequestContext } from '../../trpc/context.js';
import { runInTenantUnit } from '../../trpc/tenant-unit.js';
import { createImportRunner, type ImportRunner } from './import-runner.js';
import { spoolUpload, tooLarge, type Spool } from './upload-spool.js';

const MAX_OPTIONS_BYTES = 256 * 1024;

const notMultipart = () => new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the import as multipart/form-data');

const multipartErrors: Record<string, () => AppError> = {
  FST_REQ_FILE_TOO_LARGE: tooLarge,
  FST_PARTS_LIMIT: () => new AppError('PAYLOAD_TOO_LARGE', 'Send one options part and one file part'),
  FST_FILES_LIMIT: () => new AppError('PAYLOAD_TOO_LARGE', 'Send one file per import'),
  FST_FIELDS_LIMIT: () => new AppError('PAYLOAD_TOO_LARGE', 'Send one options part and one file part'),
  FST_PROTO_VIOLATION: () => new AppError('BAD_REQUEST', 'Malformed multipart field name'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: notMultipart,
  FST_MP_PREMATURE_CLOSE: () => new AppError('BAD_REQUEST', 'The upload ended early'),
};

function uploadError(error: unknown): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return multipartErrors[code]?.() ?? error;
}

function optionsOf(part: Multipart | undefined): imports.ImportOptions {
  if (!part || part.type !== 'field' || part.fieldname !== 'options' || typeof part.value !== 'string') {
    throw AppError.invalid(
      [{ field: 'options', message: 'send a JSON "options" field before the file' }],
      'The options part must come first',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(part.value);
  } catch {
    throw AppError.invalid([{ field: 'options', message: 'is not valid JSON' }]);
  }
  const parsed = imports.importOptionsInput.safeParse(json);
  if (!parsed.success) throw fromZodError(parsed.error, 'options');
  return parsed.data;
}

function fileOf(part: Multipart | undefined): MultipartFile {
  if (!part || part.type !== 'file' || part.fieldname !== 'file') {
    throw AppError.invalid(
      [{ field: 'file', message: 'send the CSV as a "file" part after the options' }],
      'The file part is missing',
    );
  }
  return part;
}

async function receive(
  request: FastifyRequest,
  facts: RequestContext,
): Promise<{ options: imports.ImportOptions; fileName: string; spool: Spool }> {
  const parts = request.parts();
  const options = optionsOf((await parts.next()).value as Multipart | undefined);
  // Refuse early, before reading the file: the caller may not import this record type.
  await runInTenantUnit(facts, (tenant) => {
    imports.authorizeImport(tenant, options.objectType);
    return Promise.resolve();
  });
  const file = fileOf((await parts.next()).value as Multipart | undefined);
  const spool = await spoolUpload(file.file, options.encoding);
  if (file.file.truncated) {
    await spool.remove();
    throw tooLarge();
  }
  const rest = await parts.next();
  if (!rest.done) {
    await spool.remove();
    throw AppError.invalid([{ field: '', message: 'send only the options and one file' }]);
  }
  return { options, fileName: file.filename.slice(0, 255), spool };
}

function uploadHandler(services: ApiServices, runner: ImportRunner) {
  const contextOf = requestContextFactory(services);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > imports.MAX_IMPORT_BYTES + MAX_OPTIONS_BYTES + 64 * 1024)
      return sendError(reply, tooLarge());
    if (!request.isMultipart()) return sendError(reply, notMultipart());
    const facts = contextOf(request, reply);
    let spool: Spool | undefined;
    try {
      const received = await receive(request, facts);
      spool = received.spool;
      const file = await imports.inspectCsv(spool.path, received.options);
      const { created, tenantId } = await runInTenantUnit(facts, async (tenant) => ({
        created: await imports.createImport(tenant, {
          options: received.options,
          fileName: received.fileName,
          file,
        }),
        tenantId: tenant.actor.tenantId,
      }));
      runner.enqueue({ importId: created.id, tenantId, path: spool.path, facts });
      spool = undefined;
      return await reply.code(202).header('location', `${REST_PREFIX}/imports/${created.id}`).send(created);
    } catch (error) {
      await spool?.remove();
      return sendError(reply, uploadError(error));
    }
  };
}

/**
 * POST /api/v1/imports: a multipart/form-data upload of an `options` JSON field, then the CSV as a
 * `file` part. Registered in its own plugin scope, so the multipart parser (and the 50 MB limit)
 * exist on this route only: every other route keeps the JSON-only, 1 MB rule. Answers 202 with the
 * pending import; the import runs in the background (see import-runner.ts) and
 * GET /api/v1/imports/{id} shows its progress. Imports whose process died (crash, kill) are ended
 * as failed by the runner's sweeper (see import-runner.ts).
 */
export async function registerImportRoutes(app: FastifyInstance, services: ApiServices): Promise<void> {
  const runner = createImportRunner(app.log, services.database);
  app.addHook('onClose', () => runner.close());
  await app.register(async (scope) => {
    await scope.register(multipart, {
      throwFileSizeLimit: true,
      limits: {
        fileSize: imports.MAX_IMPORT_BYTES,
        files: 1,
        fields: 1,
        parts: 2,
        fieldSize: MAX_OPTIONS_BYTES,
        fieldNameSize: 100,
      },
    });
    scope.post(`${REST_PREFIX}/imports`, uploadHandler(services, runner));
  });
}
