import { z } from 'zod';
import type { AnyPlugin } from './plugin-manifest.js';
import type { PluginOutput } from './plugin.schema.js';

export const tenantPluginSelect = {
  pluginId: true,
  enabled: true,
  config: true,
  enabledAt: true,
  disabledAt: true,
} as const;

export interface TenantPluginRow {
  pluginId: string;
  enabled: boolean;
  config: unknown;
  enabledAt: Date;
  disabledAt: Date | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function configSchemaOf(plugin: AnyPlugin): Record<string, unknown> | null {
  try {
    return z.toJSONSchema(plugin.config, { io: 'input' });
  } catch {
    return null; // a type JSON Schema cannot express (a transform, a date): the form is the module's
  }
}

export function presentPlugin(plugin: AnyPlugin, row: TenantPluginRow | undefined): PluginOutput {
  return {
    id: plugin.id,
    version: plugin.version,
    name: plugin.name,
    description: plugin.description,
    dependencies: [...(plugin.dependencies ?? [])],
    enabled: row?.enabled ?? false,
    enabledAt: row?.enabled ? row.enabledAt : null,
    disabledAt: row?.disabledAt ?? null,
    config: row && isObject(row.config) ? row.config : null,
    configSchema: configSchemaOf(plugin),
  };
}
