import { recordAudit } from '../audit/record-audit.js';
import { authorize, accessibleWhere } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import type { OwnedRecordType } from '../ownership/record-ownership-change.js';
import type { TenantContext } from '../records/context.js';
import { ownedRecordTypes, subjectOfRecordType } from './owned-records.js';
import type { ReassignCounts, ReassignInput, ReassignOutput } from './reassign.schema.js';

/** Rows per multi-row INSERT: far below PostgreSQL's 65 535 bind parameters at ten columns a row. */
const CHUNK = 5000;

/**
 * Hands everything a user owns to another active member, e.g. when a manager leaves: accounts,
 * contacts and deals (soft-deleted ones too, so a restore cannot bring one back to the old owner) and
 * open activities. One unit of work: it all moves or nothing does. Every moved record gets an
 * ownership history row and a `record.updated` outbox event; one audit entry summarises the counts.
 * Who may: a member manager (Member `manage`) moves all of them; otherwise the actor needs `assign`
 * on every asked type and moves only the records inside that grant's scope (e.g. the team's).
 */
export async function reassignRecords(ctx: TenantContext, input: ReassignInput): Promise<ReassignOutput> {
  const types = input.recordTypes ?? [...ownedRecordTypes];
  const managesMembers = ctx.ability.can('manage', 'Member');
  if (!managesMembers) for (const type of types) authorize(ctx.ability, 'assign', subjectOfRecordType[type]);
  if (input.fromUserId === input.toUserId) {
    throw AppError.invalid([{ field: 'toUserId', message: 'must differ from fromUserId' }]);
  }
  await assertAssignableOwner(ctx, input.toUserId, 'toUserId');
  const counts: ReassignCounts = { account: 0, contact: 0, deal: 0, activity: 0 };
  for (const type of types) {
    const ids = await moveOwner(ctx, type, input, managesMembers);
    await writeHistory(ctx, type, ids, input);
    counts[type] = ids.length;
  }
  const total = counts.account + counts.contact + counts.deal + counts.activity;
  await recordAudit(ctx, {
    action: 'ownership.reassigned',
    recordType: 'user',
    recordId: input.fromUserId,
    before: { ownerId: input.fromUserId },
    after: { ownerId: input.toUserId, recordTypes: types, counts, total, reason: input.reason ?? null },
  });
  return { fromUserId: input.fromUserId, toUserId: input.toUserId, counts, total };
}

/** One UPDATE … RETURNING per type; the row trigger bumps each record's version. */
async function moveOwner(
  ctx: TenantContext,
  type: OwnedRecordType,
  input: ReassignInput,
  unscoped: boolean,
): Promise<string[]> {
  const own = { tenantId: ctx.actor.tenantId, ownerId: input.fromUserId };
  const data = { ownerId: input.toUserId };
  const select = { id: true } as const;
  let rows: { id: string }[];
  switch (type) {
    case 'account':
      rows = await ctx.db.account.updateManyAndReturn({
        where: { AND: [own, unscoped ? {} : accessibleWhere(ctx.ability, 'assign', 'Account')] },
        data,
        select,
      });
      break;
    case 'contact':
      rows = await ctx.db.contact.updateManyAndReturn({
        where: { AND: [own, unscoped ? {} : accessibleWhere(ctx.ability, 'assign', 'Contact')] },
        data,
        select,
      });
      break;
    case 'deal':
      rows = await ctx.db.deal.updateManyAndReturn({
        where: { AND: [own, unscoped ? {} : accessibleWhere(ctx.ability, 'assign', 'Deal')] },
        data,
        select,
      });
      break;
    case 'activity':
      rows = await ctx.db.activity.updateManyAndReturn({
        where: {
          AND: [own, { done: false }, unscoped ? {} : accessibleWhere(ctx.ability, 'assign', 'Activity')],
        },
        data,
        select,
      });
      break;
  }
  return rows.map((row) => row.id);
}

async function writeHistory(
  ctx: TenantContext,
  recordType: OwnedRecordType,
  ids: string[],
  input: ReassignInput,
): Promise<void> {
  const { tenantId, userId } = ctx.actor;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    await ctx.db.ownershipChange.createMany({
      data: chunk.map((recordId) => ({
        tenantId,
        id: newId(),
        recordType,
        recordId,
        fromUserId: input.fromUserId,
        toUserId: input.toUserId,
        changedById: userId,
        reason: input.reason ?? null,
        requestId: ctx.requestId,
      })),
    });
    await ctx.db.outbox.createMany({
      data: chunk.map((recordId) => ({
        tenantId,
        id: newId(),
        topic: 'record.updated',
        recordType,
        recordId,
        payload: {
          changed: ['ownerId'],
          fromUserId: input.fromUserId,
          toUserId: input.toUserId,
          actorUserId: userId,
        },
      })),
    });
  }
}
