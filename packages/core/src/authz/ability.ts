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
export type AppAbility = Ability<[Action, Subject | Model<Record<string, unknown>, Subject>], PrismaQuery>;

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

/** Builds the CASL ability of an actor from its role's grants; anything not granted is denied. */
export function buildAbility(actor: Actor): AppAbility {
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
  action: Action,
  subject: Subject,
  record?: Record<string, unknown>,
): void {
  const allowed = record
    ? ability.can(action, asSubject(subject, { ...record }))
    : ability.can(action, subject);
  if (!allowed) throw AppError.forbidden();
}

/** Top-level fields of `subject` this actor may not read (field-level rules). */
export function hiddenFields(ability: AppAbility, subject: Subject, fields: readonly string[]): Set<string> {
  const permitted = new Set(
    permittedFieldsOf(ability, 'read', subject, { fieldsFrom: (rule) => rule.fields ?? [...fields] }),
  );
  return new Set(fields.filter((field) => !permitted.has(field)));
}
