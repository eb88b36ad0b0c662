import type { ZodError } from 'zod';
import { AppError } from './app-error.js';

/** Turns a zod validation failure into a 400 that names every invalid field. */
export function fromZodError(error: ZodError, prefix?: string): AppError {
  const fields = error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  return AppError.invalid(fields);
}
