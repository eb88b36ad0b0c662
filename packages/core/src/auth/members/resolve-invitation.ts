import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { hashToken } from '../tokens.js';

export const invalidInvitationLink = () =>
  new AppError('NOT_FOUND', 'This invitation link is invalid, already used or expired');

/**
 * The tenant and invitation a link's token names, while the invitation can still be accepted (not
 * used, not expired, not revoked). Tokens are stored only as their SHA-256; the lookup crosses tenants
 * through a SECURITY DEFINER function that answers for one hash and nothing else.
 */
export async function resolveInvitation(
  database: Database,
  token: string,
): Promise<{ tenantId: string; invitationId: string }> {
  const found = await database.withPlatform(
    (db) =>
      db.$queryRaw<{ tenantId: string; invitationId: string }[]>`
      SELECT "tenantId", "invitationId" FROM crm_resolve_invitation(${hashToken(token)})`,
  );
  const target = found[0];
  if (!target) throw invalidInvitationLink();
  return target;
}
