import { describeError } from '@crm/ui';

// Shared with plugin modules through @crm/ui: one reading of the API's errors everywhere.
export { describeError, type DescribedError, type FieldError } from '@crm/ui';

export function isUnauthorized(error: unknown): boolean {
  return describeError(error).code === 'UNAUTHORIZED';
}
