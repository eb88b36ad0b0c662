import { apiKeys } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput } from '../shared.js';

const tags = ['API keys'];

/** API keys of the calling user in the active tenant; a tenant admin manages everyone's. */
export const apiKeysRouter = router({
  create: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/api-keys',
        tags,
        summary: 'Create an API key (the token is shown once)',
      },
      created: true,
    })
    .input(apiKeys.createApiKeyInput)
    .output(apiKeys.createdApiKeyOutput)
    .mutation(({ ctx, input }) => apiKeys.createApiKey(ctx.tenant, input)),
  list: tenantProcedure
    .meta({
      openapi: { method: 'GET', path: '/api-keys', tags, summary: 'List API keys (never their tokens)' },
    })
    .input(apiKeys.listApiKeysInput)
    .output(listOutput(apiKeys.apiKeyOutput))
    .query(({ ctx, input }) => apiKeys.listApiKeys(ctx.tenant, input)),
  revoke: tenantProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/api-keys/{id}',
        tags,
        summary: 'Revoke an API key (effective immediately)',
      },
    })
    .input(idInput)
    .output(apiKeys.apiKeyOutput)
    .mutation(({ ctx, input }) => apiKeys.revokeApiKey(ctx.tenant, input.id)),
});
