import type { TenantRecords } from './fixtures.js';

/**
 * For every procedure of the router: the input an attacker in tenant B would send, built from tenant
 * A's ids. The isolation suite fails for any procedure missing here, so a new procedure cannot ship
 * without being tried across tenants.
 */
export const isolationManifest: Record<string, (a: TenantRecords) => unknown> = {
  'contacts.list': (a) => ({ accountId: a.account, ownerId: a.userId, tagId: a.tag, search: 'Secret' }),
  'contacts.get': (a) => ({ id: a.contact }),
  'contacts.create': (a) => ({ firstName: 'Intruder', ownerId: a.userId, accounts: [{ accountId: a.account }] }),
  'contacts.update': (a) => ({ id: a.contact, firstName: 'Hacked' }),
  'contacts.delete': (a) => ({ id: a.contact }),
  'contacts.restore': (a) => ({ id: a.deletedContact }),
};
