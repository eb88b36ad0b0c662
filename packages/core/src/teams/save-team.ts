import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { teamSelect, type CreateTeamInput, type TeamOutput, type UpdateTeamInput } from './team.schema.js';

type Members = CreateTeamInput['members'];

/** Every member must be an active member of the tenant; duplicates are refused by position. */
async function assertMembers(ctx: TenantContext, members: Members): Promise<void> {
  const seen = new Set<string>();
  const issues: { field: string; message: string }[] = [];
  const active = await ctx.db.membership.findMany({
    where: { userId: { in: members.map((m) => m.userId) }, disabledAt: null },
    select: { userId: true },
  });
  const known = new Set(active.map((m) => m.userId));
  members.forEach((member, i) => {
    if (seen.has(member.userId)) issues.push({ field: `members.${i}.userId`, message: 'is listed twice' });
    else if (!known.has(member.userId))
      issues.push({ field: `members.${i}.userId`, message: 'is not an active member of this workspace' });
    seen.add(member.userId);
  });
  if (issues.length > 0) throw AppError.invalid(issues);
}

async function assertNameFree(ctx: TenantContext, name: string, exceptId?: string): Promise<void> {
  const taken = await ctx.db.team.findFirst({
    where: { tenantId: ctx.actor.tenantId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw AppError.conflict('A team with this name exists', {
      fields: [{ field: 'name', message: 'is taken' }],
    });
}

async function replaceMembers(ctx: TenantContext, teamId: string, members: Members): Promise<void> {
  await ctx.db.teamMember.deleteMany({ where: { teamId } });
  if (members.length === 0) return;
  await ctx.db.teamMember.createMany({
    data: members.map((m) => ({
      tenantId: ctx.actor.tenantId,
      teamId,
      userId: m.userId,
      isManager: m.isManager,
    })),
  });
}

export async function createTeam(ctx: TenantContext, input: CreateTeamInput): Promise<TeamOutput> {
  authorize(ctx.ability, 'create', 'Team');
  await assertNameFree(ctx, input.name);
  await assertMembers(ctx, input.members);
  const id = newId();
  await ctx.db.team.create({
    data: { tenantId: ctx.actor.tenantId, id, name: input.name },
    select: { id: true },
  });
  await replaceMembers(ctx, id, input.members);
  const team = await ctx.db.team.findFirstOrThrow({
    where: { tenantId: ctx.actor.tenantId, id },
    select: teamSelect,
  });
  await recordAudit(ctx, { action: 'team.created', recordType: 'team', recordId: id, after: team });
  return team;
}

/** Renames a team or replaces its members; the `team` scope of every member follows at once. */
export async function updateTeam(ctx: TenantContext, input: UpdateTeamInput): Promise<TeamOutput> {
  authorize(ctx.ability, 'update', 'Team');
  const where = { tenantId: ctx.actor.tenantId, id: input.id };
  const before = await ctx.db.team.findFirst({ where, select: teamSelect });
  if (!before) throw AppError.notFound('Team');
  if (input.name && input.name !== before.name) {
    await assertNameFree(ctx, input.name, input.id);
    await ctx.db.team.updateMany({ where, data: { name: input.name } });
  }
  if (input.members) {
    await assertMembers(ctx, input.members);
    await replaceMembers(ctx, input.id, input.members);
  }
  const after = await ctx.db.team.findFirstOrThrow({ where, select: teamSelect });
  await recordAudit(ctx, { action: 'team.updated', recordType: 'team', recordId: input.id, before, after });
  return after;
}

export async function deleteTeam(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  authorize(ctx.ability, 'delete', 'Team');
  const where = { tenantId: ctx.actor.tenantId, id };
  const before = await ctx.db.team.findFirst({ where, select: teamSelect });
  if (!before) throw AppError.notFound('Team');
  await ctx.db.team.deleteMany({ where });
  await recordAudit(ctx, { action: 'team.deleted', recordType: 'team', recordId: id, before });
  return { id, deleted: true };
}

export async function listTeams(ctx: TenantContext): Promise<{ items: TeamOutput[] }> {
  authorize(ctx.ability, 'read', 'Team');
  const items = await ctx.db.team.findMany({
    where: { tenantId: ctx.actor.tenantId },
    select: teamSelect,
    orderBy: { name: 'asc' },
  });
  return { items };
}
