import type { AnyTRPCRouter } from '@trpc/server';
import type { ComponentType } from 'react';
import type { PluginApi } from './plugin-api.js';

/** The two languages of the app; every text a module shows comes in both. */
export type Locale = 'en' | 'ru';
export type LocalizedText = Record<Locale, string>;

/** What a screen of a module receives from the app. */
export interface ScreenProps {
  /** The rest of the URL after `/x/<module>/`. */
  path: string;
  /** Values of the screen path's `:name` segments (`vehicles/:id` → `{ id }`). */
  params: Readonly<Record<string, string>>;
}

/** A screen a module adds at `/x/<module id>/<path>`; loaded on first visit (its own chunk). */
export interface WebScreen {
  /** Path below the module's prefix, without a leading slash ('' for the start page); `:name`
   *  segments match one URL segment each (`vehicles/:id`). */
  path: string;
  title: LocalizedText;
  load: () => Promise<{ default: ComponentType<ScreenProps> }>;
}

/** A link in the app's navigation. `section` places it among the staff pages or the admin pages. */
export interface WebNavItem {
  /** Path below the module's prefix, as in `WebScreen.path` (without `:name` segments). */
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

/** Labels (and help) of the plugin's settings on the admin's Plugins page, by settings key. */
export type SettingsLabels = Readonly<Record<string, { label: LocalizedText; description?: LocalizedText }>>;

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
 * The web half of a plugin: its navigation entries, screens, record tabs, the labels of its
 * settings, and its typed API (`createPluginApi<Router>(id)`). The app shows a module's parts only
 * while the plugin is enabled for the tenant. Modules never import apps/web: they build on this
 * package and the component library (Mantine).
 */
export interface PluginWebModule<TRouter extends AnyTRPCRouter> {
  /** The plugin id, also the URL prefix: `/x/<id>/...`. */
  id: string;
  api: PluginApi<TRouter>;
  nav: readonly WebNavItem[];
  screens: readonly WebScreen[];
  recordTabs?: readonly WebRecordTab[];
  settings?: SettingsLabels;
  /** Side-panel editors for the workflow step kinds the plugin adds. */
  stepEditors?: readonly WebStepEditor[];
}

/** Checks a module's shape at compile time and returns it unchanged. */
export function defineWebModule<TRouter extends AnyTRPCRouter>(
  module: PluginWebModule<TRouter>,
): PluginWebModule<TRouter> {
  if (module.api.pluginId !== module.id)
    throw new Error(`Web module ${module.id}: its api was created for ${module.api.pluginId}`);
  return module;
}
