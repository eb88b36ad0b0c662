import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { router } from './router.js';
import { queryClient } from './trpc.js';
import { AppUiEnvironment } from './ui-environment.js';

const themeFor = (closeLabel: string) =>
  createTheme({
    primaryColor: 'indigo',
    defaultRadius: 'md',
    // Contrast: darker shades for text on light backgrounds (axe colour-contrast).
    primaryShade: { light: 7, dark: 5 },
    // Users who ask their system for less motion get no transitions (WCAG 2.3.3).
    respectReducedMotion: true,
    // Notifications and modals (the app's and plugin modules') get a named close button, in the app's language.
    components: {
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });

/** Contrast: a field's error (its message and its value) in a darker red than Mantine's default (axe). */
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});

export function App() {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => themeFor(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <AppUiEnvironment>
          <ModalsProvider>
            <RouterProvider router={router} />
          </ModalsProvider>
        </AppUiEnvironment>
      </QueryClientProvider>
    </MantineProvider>
  );
}
