import { search, type PluginRegistry } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';

const tags = ['Search'];

/** The global search over the core's sources and the installed plugins' (`registry.search`). */
export const searchRouter = (registry: PluginRegistry) =>
  router({
    query: tenantProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/search',
          tags,
          summary:
            'Search contacts, accounts and deals (full text in Russian and English, typo-tolerant names)',
        },
      })
      .input(search.searchInput)
      .output(search.searchOutput)
      .query(({ ctx, input }) => search.searchRecords(ctx.tenant, input, registry.search)),
  });
