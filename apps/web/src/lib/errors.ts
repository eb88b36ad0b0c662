import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@crm/api';

export interface FieldError {
  field: string;
  message: string;
}

export interface DescribedError {
  /** The application error code (`NOT_FOUND`, `CONFLICT`, ...), or `NETWORK` when no answer came. */
  code: string;
  message: string;
  fields: FieldError[];
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'field' in value &&
    'message' in value &&
    typeof value.field === 'string' &&
    typeof value.message === 'string'
  );
}

function fieldsOf(details: unknown): FieldError[] {
  if (typeof details !== 'object' || details === null || !('fields' in details)) return [];
  const fields: unknown = details.fields;
  return Array.isArray(fields) ? fields.filter(isFieldError) : [];
}

/** The parts of a failed call the UI shows: the application error's code, message and field problems. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof TRPCClientError) {
    const appError = (error as TRPCClientError<AppRouter>).data?.appError;
    return {
      code: appError?.code ?? 'INTERNAL',
      message: appError?.message ?? error.message,
      fields: fieldsOf(appError?.details),
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), fields: [] };
}

export function isUnauthorized(error: unknown): boolean {
  return describeError(error).code === 'UNAUTHORIZED';
}
