import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import { memberSelect, presentMember, type ListMembersInput, type MemberOutput } from './member.schema.js';

/** The tenant's members, disabled ones included, in the order they joined. */
export async function listMembers(
  ctx: TenantContext,
  input: ListMembersInput,
): Promise<ListPage<MemberOutput>> {
  authorize(ctx.ability, 'read', 'Member');
  const page = keysetPage({ field: 'createdAt', direction: 'asc' }, input.cursor);
  const search = input.search
    ? {
        user: {
          OR: [
            { name: { contains: input.search, mode: 'insensitive' as const } },
            { email: { contains: input.search, mode: 'insensitive' as const } },
          ],
        },
      }
    : {};
  const rows = await ctx.db.membership.findMany({
    where: { AND: [{ tenantId: ctx.actor.tenantId }, page.where, search] },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: memberSelect,
  });
  return toPage(rows, input.limit, (row) => row.createdAt, presentMember);
}
