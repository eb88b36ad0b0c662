import { defineWebModule } from '@crm/ui';
import { __plugin__WebApi } from './api.js';

/** The screens of the __plugin__ plugin (docs/plugins.md, "Screens"); each screen is its own chunk. */
export default defineWebModule({
  id: '__plugin__',
  api: __plugin__WebApi,
  nav: [{ path: 'items', section: 'main', label: { en: '__Plugin__', ru: '__Plugin__' } }],
  screens: [
    {
      path: 'items',
      title: { en: '__Plugin__: items', ru: '__Plugin__: записи' },
      load: () => import('./items.screen.js'),
    },
  ],
  settings: {
    starterItems: { label: { en: 'Starter items', ru: 'Начальные записи' } },
  },
});
