import type { Action, PluginAuthzManifest } from '@crm/core';

export const __plugin__Subjects = ['__plugin__.Item'] as const;
export type __Plugin__Subject = (typeof __plugin__Subjects)[number];

const grants: Record<string, readonly Action[]> = {
  admin: ['manage'],
  sales_manager: ['read', 'create', 'update'],
  sales_rep: ['read', 'create'],
};

/** Tenant admins do anything, managers and reps what is listed, every other role reads. */
export const __plugin__Authz = {
  subjects: __plugin__Subjects,
  actions: [],
  defineRules(actor, rules) {
    rules.can(grants[actor.roleKey] ?? ['read'], '__plugin__.Item');
  },
} satisfies PluginAuthzManifest<never, __Plugin__Subject>;
