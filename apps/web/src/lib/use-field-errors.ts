import { useState } from 'react';
import { describeError, type DescribedError } from './errors.js';

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
  };
}
