import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from './server-errors.js';
import type { DescribedError } from './errors.js';

/**
 * Keeps the last failed call's field problems by field, and its general text when no field is named,
 * in the user's language (the app's screens; @crm/ui's hook of the same shape keeps the server's words).
 */
export function useFieldErrors() {
  const { t } = useTranslation();
  const [error, setError] = useState<DescribedError | null>(null);
  return {
    set: (cause: unknown) => {
      setError(translateError(t, cause));
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
