import { contacts } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput, deletedOutput, restoredOutput } from '../shared.js';

const tags = ['Contacts'];

export const contactsRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/contacts', tags, summary: 'List contacts' } })
    .input(contacts.listContactsInput)
    .output(listOutput(contacts.contactOutput))
    .query(({ ctx, input }) => contacts.listContacts(ctx.tenant, input)),
  get: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/contacts/{id}', tags, summary: 'Get a contact' } })
    .input(idInput)
    .output(contacts.contactOutput)
    .query(({ ctx, input }) => contacts.getContact(ctx.tenant, input.id)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/contacts', tags, summary: 'Create a contact' },
      created: true,
    })
    .input(contacts.createContactInput)
    .output(contacts.contactOutput)
    .mutation(({ ctx, input }) => contacts.createContact(ctx.tenant, input)),
  update: tenantProcedure
    .meta({ openapi: { method: 'PATCH', path: '/contacts/{id}', tags, summary: 'Update a contact' } })
    .input(contacts.updateContactInput)
    .output(contacts.contactOutput)
    .mutation(({ ctx, input }) => contacts.updateContact(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: { method: 'DELETE', path: '/contacts/{id}', tags, summary: 'Delete a contact (restorable)' },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => contacts.deleteContact(ctx.tenant, input.id)),
  restore: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/contacts/{id}/restore', tags, summary: 'Restore a deleted contact' },
    })
    .input(idInput)
    .output(restoredOutput)
    .mutation(({ ctx, input }) => contacts.restoreContact(ctx.tenant, input.id)),
});

export type ContactsRouter = typeof contactsRouter;
