import { UiProvider, type UiEnvironment } from '@crm/ui';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { router } from './router.js';

/** Tells plugin modules (through @crm/ui) the current language and how to navigate in the app. */
export function AppUiEnvironment({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('ru') ? 'ru' : 'en';
  const value = useMemo<UiEnvironment>(
    () => ({ locale, navigate: (href) => void router.navigate({ href }) }),
    [locale],
  );
  return <UiProvider value={value}>{children}</UiProvider>;
}
