import { TRPCClientError } from '@trpc/client';
import { useState } from 'react';

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isFieldError(value: unknown): value is FieldError {
  return isObject(value) && typeof value.field === 'string' && typeof value.message === 'string';
}

function fieldsOf(details: unknown): FieldError[] {
  if (!isObject(details)) return [];
  const fields = details.fields;
  return Array.isArray(fields) ? fields.filter(isFieldError) : [];
}

/**
 * The parts of a failed call the UI shows: the application error's code, message and field problems
 * (the API's error formatter puts them in `data.appError`).
 */
export function describeError(error: unknown): DescribedError {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const appError = isObject(data) && isObject(data.appError) ? data.appError : undefined;
    return {
      code: typeof appError?.code === 'string' ? appError.code : 'INTERNAL',
      message: typeof appError?.message === 'string' ? appError.message : error.message,
      fields: fieldsOf(appError?.details),
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), fields: [] };
}

/** Keeps the last failed call's field problems by field, and its message when no field is named. */
export function useFieldErrors() {
  const [error, setError] = useState<DescribedError | null>(null);
  return {
    set: (cause: unknown) => {
      setError(describeError(cause));
    },
    clear: () => {
      setError(null);
    },
    field: (name: string) => error?.fields.find((issue) => issue.field === name)?.message,
    general: error && error.fields.length === 0 ? error.message : undefined,
    /** Every problem, for forms whose fields are generated. */
    fields: error?.fields ?? [],
  };
}
