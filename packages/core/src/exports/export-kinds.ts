import type { z } from 'zod';
import { listAccounts, listAccountsInput } from '../accounts/list-accounts.js';
import type { OwnedSubject } from '../authz/index.js';
import { listContacts, listContactsInput } from '../contacts/list-contacts.js';
import type { CustomFieldObjectType } from '../custom-fields/index.js';
import { listDeals, listDealsInput } from '../deals/list-deals.js';
import type { TenantContext } from '../records/context.js';
import type { ListPage } from '../records/list-input.js';

export const exportKinds = ['contacts', 'accounts', 'deals'] as const;
export type ExportKind = (typeof exportKinds)[number];

type Item = Record<string, unknown>;

export interface ExportField {
  key: string;
  value?: (item: Item) => unknown;
}

export interface ExportKindSpec {
  subject: OwnedSubject;
  objectType: CustomFieldObjectType;
  /** The record's own columns, in file order; a field the role may not read is left out. */
  fields: ExportField[];
  /** The list's filter input (the same query parameters as the list). */
  listInput: z.ZodType<Record<string, unknown>>;
  /** One page of the list, records already presented for the actor (scope, hidden fields, sensitive custom fields). */
  page(ctx: TenantContext, input: Record<string, unknown>): Promise<ListPage<Item>>;
}

const fields = (...keys: string[]): ExportField[] => keys.map((key) => ({ key }));
const audit = fields('createdAt', 'updatedAt');

export const exportKindSpecs: Record<ExportKind, ExportKindSpec> = {
  contacts: {
    subject: 'Contact',
    objectType: 'contact',
    fields: [
      ...fields('id', 'firstName', 'lastName', 'middleName', 'emails', 'phones', 'position', 'ownerId'),
      {
        key: 'accounts',
        value: (item) =>
          Array.isArray(item.accounts) ? (item.accounts as Item[]).map((link) => link.accountId) : null,
      },
      ...audit,
    ],
    listInput: listContactsInput,
    page: (ctx, input) => listContacts(ctx, listContactsInput.parse(input)),
  },
  accounts: {
    subject: 'Account',
    objectType: 'account',
    fields: [
      ...fields('id', 'name', 'taxId', 'industry', 'region', 'address', 'website', 'phone', 'ownerId'),
      ...audit,
    ],
    listInput: listAccountsInput,
    page: (ctx, input) => listAccounts(ctx, listAccountsInput.parse(input)),
  },
  deals: {
    subject: 'Deal',
    objectType: 'deal',
    fields: [
      ...fields(
        'id',
        'title',
        'amount',
        'currency',
        'status',
        'pipelineId',
        'stageId',
        'expectedCloseDate',
        'accountId',
      ),
      ...fields('ownerId', 'lostReason', 'closedAt'),
      ...audit,
    ],
    listInput: listDealsInput,
    page: (ctx, input) => listDeals(ctx, listDealsInput.parse(input)),
  },
};
