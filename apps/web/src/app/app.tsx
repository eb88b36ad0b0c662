import { MantineProvider, createTheme } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { router } from './router.js';
import { queryClient } from './trpc.js';
import { AppUiEnvironment } from './ui-environment.js';

const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  // Contrast: darker shades for text on light backgrounds (axe colour-contrast).
  primaryShade: { light: 7, dark: 5 },
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
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
