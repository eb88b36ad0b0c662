import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { passwordProblem } from '../password-policy.js';
import { hashPassword } from '../passwords.js';
import { revokeAllSessions, type AuthRequest } from '../sessions.js';
import { hashToken } from '../tokens.js';
import { inAuthUnit } from '../units.js';
import { startSignedInSession } from './start-signed-in-session.js';
import { userTenants } from '../user-tenants.js';
import type { SignedIn } from './login.js';
import type { ResetPasswordInput } from './identity.schema.js';

const invalidLink = () =>
  new AppError('NOT_FOUND', 'This password reset link is invalid, already used or expired');

/**
 * Sets a new password with a reset link's token: the link works once, within its hour, for an active
 * account. Every session of the user ends (ASVS v7.4.3) and a new one starts here, in the user's first
 * workspace, like a sign-in. The token is claimed in the same transaction as the password change, so
 * two racing uses change the password once; a refused password (policy) leaves the link usable.
 */
export async function resetPassword(
  database: Database,
  input: ResetPasswordInput,
  request: AuthRequest,
  presentedToken: string | null,
): Promise<SignedIn> {
  const tokenHash = hashToken(input.token);
  const found = await database.withPlatform(async (db) => {
    const reset = await db.passwordReset.findFirst({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
      select: { user: { select: { id: true, name: true, email: true, disabledAt: true } } },
    });
    const user = reset && !reset.user.disabledAt ? reset.user : null;
    return user ? { user, tenants: await userTenants(db, user.id) } : null;
  });
  if (!found) throw invalidLink();
  const { user, tenants } = found;
  const problem = passwordProblem(input.password, { email: user.email });
  if (problem) throw AppError.invalid([{ field: 'password', message: problem }]);
  const passwordHash = await hashPassword(input.password);
  const tenant = tenants[0] ?? null;
  const token = await inAuthUnit(database, tenant?.id ?? null, user.id, async (db) => {
    const now = new Date();
    const { count } = await db.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw invalidLink();
    await db.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now, updatedAt: now },
      select: { id: true },
    });
    await revokeAllSessions(db, user.id, now);
    return startSignedInSession(db, user.id, tenant?.id ?? null, {
      request,
      presentedToken,
      action: 'auth.password_reset',
      now,
    });
  });
  return {
    token,
    user: { id: user.id, name: user.name, email: user.email },
    tenant: tenant ? { id: tenant.id, name: tenant.name } : null,
    tenants,
  };
}
