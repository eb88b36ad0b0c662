import type { Action, Actor, PluginAuthzManifest } from '@crm/core';

export const bankSubjects = [
  'bank.Client',
  'bank.Profitability',
  'bank.Referral',
  'bank.Offer',
  'bank.Campaign',
  'bank.DistributionRule',
  'bank.Handover',
] as const;
export type BankSubject = (typeof bankSubjects)[number];

/** `transition` moves a referral or an offer; `decide` authorizes or rejects a referral. */
export const bankActions = ['transition', 'decide'] as const;
export type BankAction = (typeof bankActions)[number];

type Grants = Partial<Record<BankSubject, readonly (Action | BankAction)[]>>;

/**
 * Which clients (relationship plans) an actor works with follows its role's scope on core contacts:
 * `own` → the clients it manages, `team` → its teams' clients, `all` → every client. So a sales rep
 * sees its own clients, a sales manager the team's and an admin all, and custom roles behave the same.
 */
export function clientConditions(actor: Actor): Record<string, unknown> | undefined {
  const scope = actor.permissions.grants.Contact?.scope ?? 'own';
  if (scope === 'all') return undefined;
  if (scope === 'team') return { managerId: { in: actor.teamUserIds } };
  return { managerId: actor.userId };
}

const clientWork = ['read', 'create', 'update', 'transition'] as const;

/** The system roles' grants on the plugin's subjects (client subjects are scoped by clientConditions). */
export const bankRoleGrants: Record<string, Grants> = {
  admin: {
    'bank.Client': ['manage'],
    'bank.Profitability': ['manage'],
    'bank.Referral': ['manage'],
    'bank.Offer': ['manage'],
    'bank.Campaign': ['manage'],
    'bank.DistributionRule': ['manage'],
    'bank.Handover': ['manage'],
  },
  sales_manager: {
    'bank.Client': [...clientWork, 'assign'],
    'bank.Profitability': ['read', 'create'],
    'bank.Referral': ['read', 'create', 'transition', 'decide'],
    'bank.Offer': clientWork,
    'bank.Campaign': ['read', 'create', 'update', 'transition'],
    'bank.DistributionRule': ['read'],
    'bank.Handover': ['read'],
  },
  sales_rep: {
    'bank.Client': clientWork,
    'bank.Referral': ['read', 'create', 'transition'],
    'bank.Offer': clientWork,
    'bank.Campaign': ['read'],
  },
  support_agent: {
    'bank.Client': ['read'],
    'bank.Referral': ['read', 'create'],
    'bank.Offer': ['read'],
  },
  marketer: {
    'bank.Client': ['read'],
    'bank.Profitability': ['read'],
    'bank.Offer': ['read'],
    'bank.Campaign': ['read', 'create', 'update', 'transition'],
  },
  viewer: { 'bank.Client': ['read'], 'bank.Referral': ['read'], 'bank.Offer': ['read'] },
};

/** A custom role works with clients as it works with contacts: reads them when it reads contacts, and so on. */
function customRoleGrants(actor: Actor): Grants {
  const contact = actor.permissions.grants.Contact?.actions ?? [];
  if (!contact.includes('read')) return {};
  const writes = contact.includes('update');
  const work: readonly (Action | BankAction)[] = writes ? clientWork : ['read'];
  return {
    'bank.Client': contact.includes('assign') ? [...work, 'assign'] : work,
    'bank.Referral': writes ? ['read', 'create'] : ['read'],
    'bank.Offer': work,
  };
}

// Subjects whose records belong to a client: their rules carry the client scope.
const scoped: readonly BankSubject[] = ['bank.Client', 'bank.Referral', 'bank.Offer', 'bank.Profitability'];

export const bankAuthz = {
  subjects: bankSubjects,
  actions: bankActions,
  defineRules(actor, rules) {
    const grants = bankRoleGrants[actor.roleKey] ?? customRoleGrants(actor);
    const conditions = clientConditions(actor);
    for (const subject of bankSubjects) {
      const actions = grants[subject];
      if (!actions) continue;
      if (conditions && scoped.includes(subject)) rules.can(actions, subject, conditions);
      else rules.can(actions, subject);
    }
  },
} satisfies PluginAuthzManifest<BankAction, BankSubject>;
