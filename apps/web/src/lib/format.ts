import { formattersFor, type Formatters } from '@crm/ui';
import { useTranslation } from 'react-i18next';

// The formatters live in @crm/ui so that plugin modules format exactly as the app does.
export { formattersFor, localeOf, toDate, type DateInput, type Formatters } from '@crm/ui';

/** Formatters for the current app language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
