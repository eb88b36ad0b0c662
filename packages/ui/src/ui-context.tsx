import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from './web-module.js';

/** What the app tells module screens: the current language and how to move to an app URL. */
export interface UiEnvironment {
  locale: Locale;
  /** Client-side navigation to an app URL (`/accounts/<id>`, `/x/<module>/<path>`). */
  navigate: (href: string) => void;
}

const fallback: UiEnvironment = {
  locale: 'en',
  navigate: (href) => {
    window.location.assign(href);
  },
};

const Environment = createContext<UiEnvironment>(fallback);

/** Provided once by the app around its router. */
export function UiProvider({ value, children }: { value: UiEnvironment; children: ReactNode }) {
  return <Environment.Provider value={value}>{children}</Environment.Provider>;
}

export function useUiEnvironment(): UiEnvironment {
  return useContext(Environment);
}

/** The app's current language ('en' or 'ru'). */
export function useLocale(): Locale {
  return useContext(Environment).locale;
}
