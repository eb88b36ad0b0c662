import type { Outputs } from '../../../app/api-types.js';

export type PluginView = Outputs['tenantPlugins']['list']['items'][number];
