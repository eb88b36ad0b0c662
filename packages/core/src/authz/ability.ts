import { type Ability, type RawRuleOf, subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { accessibleBy, createPrismaAbility, type Model, type PrismaQueryOf } from '@casl/prisma/runtime';
import type { Prisma } from '../generated/prisma/client.js';
import { AppError } from '../errors/index.js';
import {
  ownedSubjects,
  type Action,
  type OwnedSubject,
  type RolePermissions,
  type Subject,
} from './permissions.js';

/** Who is acting, inside one tenant: the input of every authorization decision. */
export interface Actor {
  tenantId: string;
  userId: string;
  roleKey: string;
  permissions: RolePermissions;
  /** Users in any team this user belongs to (including the user): the `team` scope. */
  teamUserIds: string[];
  apiKeyId: string | null;
}

type PrismaQuery = PrismaQueryOf<Prisma.TypeMap>;

/** A plugin's CASL subject: `<pluginId>.<Name>`. */
export type PluginSubject = `${string}.${string}`;
/** Plugins may add actions of their own next to the core's. */
export type AbilityAction = Action | (string & {});
export type AbilitySubject = Subject | PluginSubject;
export type AppAbility = Ability<
  [AbilityAction, AbilitySubject | Model<Record<string, unknown>, AbilitySubject>],
  PrismaQuery
>;

/** Adds rules for an actor beyond the role's core grants: a plugin's `authz.defineRules`. */
export interface RuleContributor {
  defineRules(
    actor: Actor,
    rules: {
      can(
        action: string | readonly string[],
        subject: PluginSubject,
        conditions?: Record<string, unknown>,
      ): void;
      hideFields(subject: PluginSubject, fields: readonly string[]): void;
    },
  ): void;
}

function isOwned(subject: Subject): subject is OwnedSubject {
  return (ownedSubjects as readonly Subject[]).includes(subject);
}

function scopeConditions(
  subject: Subject,
  actor: Actor,
  scope: 'own' | 'team' | 'all',
): PrismaQuery | undefined {
  if (!isOwned(subject) || scope === 'all') return undefined;
  if (scope === 'own') return { ownerId: actor.userId };
  return { ownerId: { in: actor.teamUserIds } };
}

/**
 * Builds the CASL ability of an actor from its role's grants and the installed plugins' rules;
 * anything not granted is denied.
 */
export function buildAbility(actor: Actor, contributors: readonly RuleContributor[] = []): AppAbility {
  const rules: RawRuleOf<AppAbility>[] = [];
  for (const [subject, grant] of Object.entries(actor.permissions.grants) as [
    Subject,
    { actions: Action[]; scope: 'own' | 'team' | 'all' },
  ][]) {
    const conditions = scopeConditions(subject, actor, grant.scope);
    rules.push(
      conditions ? { action: grant.actions, subject, conditions } : { action: grant.actions, subject },
    );
  }
  for (const [subject, fields] of Object.entries(actor.permissions.hiddenFields ?? {}) as [
    Subject,
    string[],
  ][]) {
    rules.push({ action: 'read', subject, fields, inverted: true });
  }
  for (const contributor of contributors) {
    contributor.defineRules(actor, {
      can: (action, subject, conditions) => {
        const list = typeof action === 'string' ? action : [...action];
        // Plugin conditions are Prisma-style filters on the plugin's own models; CASL's Prisma
        // interpreter evaluates them like the core's.
        rules.push(conditions ? { action: list, subject, conditions } : { action: list, subject });
      },
      hideFields: (subject, fields) => {
        rules.push({ action: 'read', subject, fields: [...fields], inverted: true });
      },
    });
  }
  return createPrismaAbility<AppAbility>(rules);
}

/** The Prisma filter of the records an actor may act on; combined with AND, never instead of the tenant. */
export function accessibleWhere<S extends OwnedSubject>(ability: AppAbility, action: Action, subject: S) {
  const where = accessibleBy(ability, action).ofType(subject);
  // CASL answers `{ OR: [] }` when nothing is granted, and Prisma drops an empty OR nested in an AND
  // (it would match every row): deny with a condition Prisma keeps.
  const grantsNothing = 'OR' in where && Array.isArray(where.OR) && where.OR.length === 0;
  return grantsNothing ? ({ id: { in: [] } } as typeof where) : where;
}

/** Throws FORBIDDEN unless the actor may do `action` on `subject`, or on this record of it. */
export function authorize(
  ability: AppAbility,
  action: AbilityAction,
  subject: AbilitySubject,
  record?: Record<string, unknown>,
): void {
  const allowed = record
    ? ability.can(action, asSubject(subject, { ...record }))
    : ability.can(action, subject);
  if (!allowed) throw AppError.forbidden();
}

/** Top-level fields of `subject` this actor may not read (field-level rules). */
export function hiddenFields(
  ability: AppAbility,
  subject: AbilitySubject,
  fields: readonly string[],
): Set<string> {
  const permitted = new Set(
    permittedFieldsOf(ability, 'read', subject, { fieldsFrom: (rule) => rule.fields ?? [...fields] }),
  );
  return new Set(fields.filter((field) => !permitted.has(field)));
}
