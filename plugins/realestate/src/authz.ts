import type { Action, Actor, PluginAuthzManifest } from '@crm/core';

export const realestateSubjects = [
  'realestate.Property',
  'realestate.District',
  'realestate.Requirement',
  'realestate.Showing',
  'realestate.Deal',
] as const;
export type RealestateSubject = (typeof realestateSubjects)[number];

/**
 * `verify` moves an object's verification status (verifier desk); `merge` resolves duplicates
 * (merge or dismiss).
 */
export const realestateActions = ['verify', 'merge'] as const;
export type RealestateAction = (typeof realestateActions)[number];

/** Fields of a real-estate deal only roles that see sensitive data may read or write. */
export const restrictedDealFields = ['realPrice'] as const;

type Grants = Partial<Record<RealestateSubject, readonly (Action | RealestateAction)[]>>;

const read = ['read'] as const;
const agentWork = ['read', 'create', 'update'] as const;

/** The system roles' grants on the plugin's subjects. */
export const realestateRoleGrants: Record<string, Grants> = {
  admin: Object.fromEntries(realestateSubjects.map((s) => [s, ['manage']])),
  sales_manager: {
    'realestate.Property': ['read', 'create', 'update', 'verify', 'merge'],
    'realestate.District': ['read', 'create', 'update'],
    'realestate.Requirement': agentWork,
    'realestate.Showing': agentWork,
    'realestate.Deal': agentWork,
  },
  // Agents list objects, keep buyers' requirements, book showings and record deals.
  sales_rep: {
    'realestate.Property': agentWork,
    'realestate.District': read,
    'realestate.Requirement': agentWork,
    'realestate.Showing': agentWork,
    'realestate.Deal': agentWork,
  },
  // The verification desk: calls owners, verifies objects, keeps the district dictionary.
  support_agent: {
    'realestate.Property': ['read', 'verify'],
    'realestate.District': ['read', 'create', 'update'],
    'realestate.Requirement': read,
    'realestate.Showing': read,
    'realestate.Deal': read,
  },
  marketer: { 'realestate.Property': read, 'realestate.District': read, 'realestate.Requirement': read },
  viewer: Object.fromEntries(realestateSubjects.map((s) => [s, read])),
};

/** A custom role reads real-estate data when it reads contacts, and works with it when it edits them. */
function customRoleGrants(actor: Actor): Grants {
  const contact = actor.permissions.grants.Contact?.actions ?? [];
  if (!contact.includes('read')) return {};
  const work = contact.includes('update') ? agentWork : read;
  return {
    'realestate.Property': work,
    'realestate.District': read,
    'realestate.Requirement': work,
    'realestate.Showing': work,
    'realestate.Deal': work,
  };
}

export const realestateAuthz = {
  subjects: realestateSubjects,
  actions: realestateActions,
  defineRules(actor, rules) {
    const grants = realestateRoleGrants[actor.roleKey] ?? customRoleGrants(actor);
    for (const subject of realestateSubjects) {
      const actions = grants[subject];
      if (actions) rules.can(actions, subject);
    }
    // The real price of a deal is for roles that see sensitive data (tenant admins, sales managers,
    // custom roles with "sees sensitive fields"); everyone else reads deals without it.
    if (!actor.permissions.seesSensitiveFields) rules.hideFields('realestate.Deal', restrictedDealFields);
  },
} satisfies PluginAuthzManifest<RealestateAction, RealestateSubject>;
