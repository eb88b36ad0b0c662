import { fileURLToPath } from 'node:url';
import { definePlugin } from '@crm/core';
import { __plugin__Authz } from './authz.js';
import { __plugin__Config } from './config.js';
import { seed__Plugin__ } from './seed.js';
import { __plugin__Api } from './server/__plugin__.router.js';

/** The __plugin__ plugin (see README.md and docs/plugins.md). */
const __plugin__ = definePlugin({
  id: '__plugin__',
  version: '0.1.0',
  name: { en: '__Plugin__', ru: '__Plugin__' },
  description: { en: 'The __plugin__ vertical', ru: 'Отраслевое решение __plugin__' },
  config: __plugin__Config,
  db: { migrations: fileURLToPath(new URL('../migrations', import.meta.url)) },
  api: __plugin__Api,
  authz: __plugin__Authz,
  seed: seed__Plugin__,
});

export default __plugin__;
