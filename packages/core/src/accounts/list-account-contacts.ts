import { z } from 'zod';
import { contactOutput, listContacts, listContactsInput, type ListContactsInput } from '../contacts/index.js';
import type { ListPage } from '../records/list-input.js';
import type { TenantContext } from '../records/context.js';
import { findAccessibleAccount } from './get-account.js';

/** The contact list's parameters (search, sort, paging, `cf.<key>`), scoped to one account. */
export const listAccountContactsInput = listContactsInput.omit({ accountId: true }).extend({ id: z.uuid() });
export type ListAccountContactsInput = z.infer<typeof listAccountContactsInput>;

export const accountContactOutput = contactOutput.extend({
  /** The contact's role at this account. */
  role: z.string().nullable(),
  isPrimary: z.boolean(),
});
export type AccountContactOutput = z.infer<typeof accountContactOutput>;

/**
 * The contacts linked to an account, with their role there. The account must be readable (same
 * NOT_FOUND rules as reading it); only contacts the actor may read are listed.
 */
export async function listAccountContacts(
  ctx: TenantContext,
  input: ListAccountContactsInput,
): Promise<ListPage<AccountContactOutput>> {
  const { id, ...rest } = input;
  await findAccessibleAccount(ctx, id);
  // zod types the catch-all `cf.<key>` parameters as an index signature the known ones do not fit.
  const page = await listContacts(ctx, { ...rest, accountId: id } as ListContactsInput);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((contact) => {
      const link = contact.accounts.find((a) => a.accountId === id);
      return { ...contact, role: link?.role ?? null, isPrimary: link?.isPrimary ?? false };
    }),
  };
}
