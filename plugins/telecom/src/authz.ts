import type { Action, Actor, PluginAuthzManifest } from '@crm/core';

export const telecomSubjects = [
  'telecom.ProductOffering',
  'telecom.Product',
  'telecom.ProductOrder',
  'telecom.TroubleTicket',
  'telecom.Usage',
  'telecom.Recommendation',
] as const;
export type TelecomSubject = (typeof telecomSubjects)[number];

/** `transition` moves a record along its TM Forum state machine (lifecycle, status, state). */
export const telecomActions = ['transition'] as const;
export type TelecomAction = (typeof telecomActions)[number];

type Grants = Partial<Record<TelecomSubject, readonly (Action | TelecomAction)[]>>;

const read = ['read'] as const;
const work = ['read', 'create', 'update', 'transition'] as const;

/** The system roles' grants: product managers (admins) own the catalogue; sales sell; support works tickets. */
export const telecomRoleGrants: Record<string, Grants> = {
  admin: {
    'telecom.ProductOffering': ['manage'],
    'telecom.Product': ['manage'],
    'telecom.ProductOrder': ['manage'],
    'telecom.TroubleTicket': ['manage'],
    'telecom.Usage': ['manage'],
    'telecom.Recommendation': ['manage'],
  },
  sales_manager: {
    'telecom.ProductOffering': ['read', 'create', 'update', 'transition'],
    'telecom.Product': work,
    'telecom.ProductOrder': work,
    'telecom.TroubleTicket': work,
    'telecom.Usage': ['read', 'create'],
    'telecom.Recommendation': ['read', 'update', 'transition'],
  },
  sales_rep: {
    'telecom.ProductOffering': read,
    'telecom.Product': ['read', 'create', 'transition'],
    'telecom.ProductOrder': ['read', 'create', 'transition'],
    'telecom.TroubleTicket': ['read', 'create'],
    'telecom.Usage': read,
    'telecom.Recommendation': ['read', 'transition'],
  },
  support_agent: {
    'telecom.ProductOffering': read,
    'telecom.Product': ['read', 'transition'],
    'telecom.ProductOrder': read,
    'telecom.TroubleTicket': work,
    'telecom.Usage': ['read', 'create'],
  },
  marketer: { 'telecom.ProductOffering': read, 'telecom.Recommendation': read },
  viewer: {
    'telecom.ProductOffering': read,
    'telecom.Product': read,
    'telecom.ProductOrder': read,
    'telecom.TroubleTicket': read,
    'telecom.Usage': read,
    'telecom.Recommendation': read,
  },
};

/** A custom role reads telecom data when it reads accounts, and raises tickets when it edits accounts. */
function customRoleGrants(actor: Actor): Grants {
  const account = actor.permissions.grants.Account?.actions ?? [];
  if (!account.includes('read')) return {};
  const tickets: readonly (Action | TelecomAction)[] = account.includes('update')
    ? ['read', 'create']
    : ['read'];
  return {
    'telecom.ProductOffering': read,
    'telecom.Product': read,
    'telecom.ProductOrder': read,
    'telecom.TroubleTicket': tickets,
    'telecom.Usage': read,
    'telecom.Recommendation': read,
  };
}

export const telecomAuthz = {
  subjects: telecomSubjects,
  actions: telecomActions,
  defineRules(actor, rules) {
    const grants = telecomRoleGrants[actor.roleKey] ?? customRoleGrants(actor);
    for (const subject of telecomSubjects) {
      const actions = grants[subject];
      if (actions) rules.can(actions, subject);
    }
  },
} satisfies PluginAuthzManifest<TelecomAction, TelecomSubject>;
