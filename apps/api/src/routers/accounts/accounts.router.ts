import { accounts } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput, deletedOutput, restoredOutput } from '../shared.js';

const tags = ['Accounts'];

export const accountsRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/accounts', tags, summary: 'List accounts' } })
    .input(accounts.listAccountsInput)
    .output(listOutput(accounts.accountOutput))
    .query(({ ctx, input }) => accounts.listAccounts(ctx.tenant, input)),
  get: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/accounts/{id}', tags, summary: 'Get an account' } })
    .input(idInput)
    .output(accounts.accountOutput)
    .query(({ ctx, input }) => accounts.getAccount(ctx.tenant, input.id)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/accounts', tags, summary: 'Create an account' },
      created: true,
    })
    .input(accounts.createAccountInput)
    .output(accounts.accountOutput)
    .mutation(({ ctx, input }) => accounts.createAccount(ctx.tenant, input)),
  update: tenantProcedure
    .meta({ openapi: { method: 'PATCH', path: '/accounts/{id}', tags, summary: 'Update an account' } })
    .input(accounts.updateAccountInput)
    .output(accounts.accountOutput)
    .mutation(({ ctx, input }) => accounts.updateAccount(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: { method: 'DELETE', path: '/accounts/{id}', tags, summary: 'Delete an account (restorable)' },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => accounts.deleteAccount(ctx.tenant, input.id)),
  restore: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/accounts/{id}/restore', tags, summary: 'Restore a deleted account' },
    })
    .input(idInput)
    .output(restoredOutput)
    .mutation(({ ctx, input }) => accounts.restoreAccount(ctx.tenant, input.id)),
  contacts: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/accounts/{id}/contacts',
        tags,
        summary: "List an account's contacts with their roles",
      },
    })
    .input(accounts.listAccountContactsInput)
    .output(listOutput(accounts.accountContactOutput))
    .query(({ ctx, input }) => accounts.listAccountContacts(ctx.tenant, input)),
});

export type AccountsRouter = typeof accountsRouter;
