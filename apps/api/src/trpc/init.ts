import { initTRPC, TRPCError } from '@trpc/server';
import { AppError, fromZodError, type AppErrorCode } from '@crm/core';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { ZodError } from 'zod';
import type { RequestContext } from './context.js';

const trpcCodeOf: Record<AppErrorCode, TRPCError['code']> = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

const appCodeOf: Partial<Record<TRPCError['code'], AppErrorCode>> = {
  BAD_REQUEST: 'BAD_REQUEST',
  PARSE_ERROR: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
  METHOD_NOT_SUPPORTED: 'BAD_REQUEST',
};

/** The single mapping from any thrown error to the application error a client sees. */
export function toAppError(error: unknown): AppError {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  if (cause instanceof AppError) return cause;
  if (cause instanceof ZodError) return fromZodError(cause);
  if (error instanceof TRPCError) {
    const code = appCodeOf[error.code];
    if (code) return new AppError(code, error.message);
  }
  return new AppError('INTERNAL', 'Something went wrong on our side');
}

export function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({ code: trpcCodeOf[error.code], message: error.message, cause: error });
}

/**
 * Procedure metadata: the REST route (trpc-to-openapi's shape), whether success means 201 Created, and
 * whether the REST route answers with a file (the procedure returns `fileDownloadOutput` from core),
 * with the file's media type for the OpenAPI document (`application/octet-stream` when not given).
 */
export type ApiMeta = OpenApiMeta<{ created?: boolean; file?: boolean; fileContentType?: string }>;

const t = initTRPC
  .context<RequestContext>()
  .meta<ApiMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const appError = toAppError(error);
      return {
        ...shape,
        message: appError.message,
        data: {
          ...shape.data,
          stack: undefined,
          appError: { code: appError.code, message: appError.message, details: appError.details },
        },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
/** Services throw AppError; tRPC needs a TRPCError with the matching code to pick the status. */
export const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (
    !result.ok &&
    !(result.error.cause instanceof AppError && result.error.code === trpcCodeOf[result.error.cause.code])
  ) {
    throw toTrpcError(toAppError(result.error));
  }
  return result;
});
