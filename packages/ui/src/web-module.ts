import type { ComponentType } from 'react';

/** The two languages of the app; every text a module shows comes in both. */
export type Locale = 'en' | 'ru';
export type LocalizedText = Record<Locale, string>;

/** What a screen of a module receives from the app: the rest of the URL after `/x/<module>/`. */
export interface ScreenProps {
  path: string;
}

/** A screen a module adds at `/x/<module id>/<path>`; loaded on first visit (its own chunk). */
export interface WebScreen {
  /** Path below the module's prefix, without a leading slash ('' for the module's start page). */
  path: string;
  title: LocalizedText;
  load: () => Promise<{ default: ComponentType<ScreenProps> }>;
}

/** A link in the app's navigation. `section` places it among the staff pages or the admin pages. */
export interface WebNavItem {
  /** Path below the module's prefix, as in `WebScreen.path`. */
  path: string;
  label: LocalizedText;
  section: 'main' | 'admin';
}

/** The object types whose record pages a module may add a tab to. */
export type RecordObjectType = 'contact' | 'account' | 'deal';

/** What a record tab receives: the record it is shown on. */
export interface RecordTabProps {
  objectType: RecordObjectType;
  recordId: string;
}

/** A tab a module adds to the record pages of one object type; loaded when first opened. */
export interface WebRecordTab {
  id: string;
  objectType: RecordObjectType;
  label: LocalizedText;
  load: () => Promise<{ default: ComponentType<RecordTabProps> }>;
}

/**
 * What a plugin's workflow step editor receives in the builder's side panel: the step's `input`, a
 * setter for it, and the live validation messages by path below `input` (`model`, `items.0.id`; ''
 * for the input itself). Every text it shows comes in both languages (`locale` says which).
 */
export interface StepEditorProps {
  kind: string;
  input: Readonly<Record<string, unknown>>;
  onChange: (input: Record<string, unknown>) => void;
  errors: ReadonlyMap<string, string>;
  locale: Locale;
  readOnly: boolean;
}

/**
 * A typed form for a plugin step kind (`<pluginId>.<name>`), loaded when the admin first opens such a
 * step. Without one the builder generates a form from the step's input JSON Schema.
 */
export interface WebStepEditor {
  kind: string;
  load: () => Promise<{ default: ComponentType<StepEditorProps> }>;
}

/**
 * The web half of a plugin (or of a first-party area such as workflows): its navigation entries,
 * screens and record tabs. The app shows a module's parts only while the module is enabled for the
 * tenant. Modules never import apps/web: they build on this package and the component library.
 */
export interface WebModule {
  /** The plugin id (or area id), also the URL prefix: `/x/<id>/...`. */
  id: string;
  nav: readonly WebNavItem[];
  screens: readonly WebScreen[];
  recordTabs?: readonly WebRecordTab[];
  /** Side-panel editors for the workflow step kinds the plugin adds. */
  stepEditors?: readonly WebStepEditor[];
}

/** Checks a module's shape at compile time and returns it unchanged. */
export function defineWebModule(module: WebModule): WebModule {
  return module;
}
