import { z } from 'zod';

const localized = z.object({ en: z.string(), ru: z.string() });

export const pluginIdInput = z.strictObject({ id: z.string().min(1).max(64) });

export const enablePluginInput = z.strictObject({
  id: z.string().min(1).max(64),
  /** The plugin's per-tenant settings; validated by the plugin's own schema. */
  config: z.record(z.string(), z.unknown()).optional(),
});
export type EnablePluginInput = z.infer<typeof enablePluginInput>;

export const pluginOutput = z.object({
  id: z.string(),
  version: z.string(),
  name: localized,
  description: localized,
  dependencies: z.array(z.string()),
  enabled: z.boolean(),
  enabledAt: z.date().nullable(),
  disabledAt: z.date().nullable(),
  /** The tenant's settings (null until first enabled). */
  config: z.record(z.string(), z.unknown()).nullable(),
  /** JSON Schema (input side: defaults make fields optional) of the settings, for the admin's form;
   *  null when the schema has parts JSON Schema cannot express. */
  configSchema: z.record(z.string(), z.unknown()).nullable(),
});
export type PluginOutput = z.infer<typeof pluginOutput>;

export const pluginListOutput = z.object({ items: z.array(pluginOutput) });
export type PluginListOutput = z.infer<typeof pluginListOutput>;

export const pluginListInput = z.object({});

/** What any member may know: the plugins switched on for the workspace (the app shows their screens). */
export const enabledPluginsOutput = z.object({
  items: z.array(z.object({ id: z.string(), version: z.string(), name: localized })),
});
export type EnabledPluginsOutput = z.infer<typeof enabledPluginsOutput>;
