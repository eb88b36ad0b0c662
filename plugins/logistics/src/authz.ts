import type { Action, Actor, PluginAuthzManifest } from '@crm/core';

export const logisticsSubjects = [
  'logistics.Vehicle',
  'logistics.Contract',
  'logistics.AccountProfile',
  'logistics.Route',
  'logistics.Shipment',
  'logistics.DocumentTemplate',
  'logistics.SalesPlan',
] as const;
export type LogisticsSubject = (typeof logisticsSubjects)[number];

/**
 * `transition` changes a vehicle's status (reserve, dispatch, release, block, unblock) or a shipment's
 * (assign, dispatch, deliver, cancel; stop arrivals and departures).
 */
export const logisticsActions = ['transition'] as const;
export type LogisticsAction = (typeof logisticsActions)[number];

type Grants = Partial<Record<LogisticsSubject, readonly (Action | LogisticsAction)[]>>;

const read = ['read'] as const;
const everything: Grants = Object.fromEntries(logisticsSubjects.map((subject) => [subject, ['manage']]));

/** The system roles' grants on the plugin's subjects. */
export const logisticsRoleGrants: Record<string, Grants> = {
  admin: everything,
  sales_manager: {
    'logistics.Vehicle': ['read', 'create', 'update', 'transition'],
    'logistics.Contract': ['read', 'create', 'update', 'delete'],
    'logistics.AccountProfile': ['read', 'update'],
    'logistics.Route': ['read', 'create', 'update'],
    'logistics.Shipment': ['read', 'create', 'update', 'transition'],
    'logistics.DocumentTemplate': read,
    // Plans of the members of the teams they lead, and their own (scoped in the plan operations).
    'logistics.SalesPlan': ['read', 'create', 'update'],
  },
  sales_rep: {
    'logistics.Vehicle': ['read', 'transition'],
    'logistics.Contract': ['read', 'create', 'update'],
    'logistics.AccountProfile': ['read', 'update'],
    'logistics.Route': read,
    'logistics.Shipment': ['read', 'create', 'update', 'transition'],
    'logistics.DocumentTemplate': read,
    'logistics.SalesPlan': read, // their own plan only
  },
  support_agent: {
    'logistics.Vehicle': ['read', 'transition'],
    'logistics.Contract': read,
    'logistics.AccountProfile': read,
    'logistics.Route': read,
    'logistics.Shipment': ['read', 'transition'],
    'logistics.DocumentTemplate': read,
  },
  marketer: { 'logistics.Contract': read, 'logistics.AccountProfile': read },
  viewer: {
    'logistics.Vehicle': read,
    'logistics.Contract': read,
    'logistics.AccountProfile': read,
    'logistics.Route': read,
    'logistics.Shipment': read,
    'logistics.DocumentTemplate': read,
  },
};

/** A custom role reads logistics data when it reads accounts, and edits profiles when it edits accounts. */
function customRoleGrants(actor: Actor): Grants {
  const account = actor.permissions.grants.Account?.actions ?? [];
  if (!account.includes('read')) return {};
  const profile: readonly Action[] = account.includes('update') ? ['read', 'update'] : ['read'];
  return {
    'logistics.Vehicle': read,
    'logistics.Contract': read,
    'logistics.AccountProfile': profile,
    'logistics.Route': read,
    'logistics.Shipment': read,
  };
}

export const logisticsAuthz = {
  subjects: logisticsSubjects,
  actions: logisticsActions,
  defineRules(actor, rules) {
    const grants = logisticsRoleGrants[actor.roleKey] ?? customRoleGrants(actor);
    for (const subject of logisticsSubjects) {
      const actions = grants[subject];
      if (actions) rules.can(actions, subject);
    }
  },
} satisfies PluginAuthzManifest<LogisticsAction, LogisticsSubject>;
