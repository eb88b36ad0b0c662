/**
 * The telecom vertical. Its entities, workflow steps and screens arrive with the plugin SDK
 * (see docs/plugins.md); until then the package only reserves its place in the workspace.
 */
export const pluginId = 'telecom';
