/** Types of create-plugin.mjs, for its test (apps/api/test/plugins/create-plugin.test.ts). */
export const reservedIds: string[];
export function checkPluginId(id: string | undefined): string | null;
export function scaffoldPlugin(id: string, target: string): string[];
export function formatPlugin(target: string): void;
export function registerPlugin(id: string, base?: string): void;
export function registerWebModule(id: string, base?: string): void;
export const registryFiles: string[];
