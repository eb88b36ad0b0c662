import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { recordAuthEvent } from '../auth-audit.js';
import { passwordProblem } from '../password-policy.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import type { Principal } from '../principal.js';
import { createSession, revokeAllSessions, type AuthRequest } from '../sessions.js';
import { inAuthUnit } from '../units.js';
import type { ChangePasswordInput } from './identity.schema.js';

/**
 * Changes the password after re-authentication with the current one (ASVS v7.5.1), ends every
 * session of the user everywhere (v7.4.3) and starts a fresh one for the caller. API keys are
 * separate credentials and stay valid (they are revoked one by one).
 */
export async function changePassword(
  database: Database,
  principal: Principal,
  input: ChangePasswordInput,
  request: AuthRequest,
): Promise<{ token: string; sessionsEnded: number }> {
  if (principal.kind !== 'session')
    throw AppError.forbidden('Change the password from a signed-in session, not with an API key');
  const { userId, tenantId } = principal;
  const user = await database.withPlatform((db) =>
    db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } }),
  );
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw AppError.invalid([{ field: 'currentPassword', message: 'is not your current password' }]);
  }
  const problem = passwordProblem(input.newPassword, { email: user.email });
  if (problem) throw AppError.invalid([{ field: 'newPassword', message: problem }]);
  const newHash = await hashPassword(input.newPassword);
  return inAuthUnit(database, tenantId, userId, async (db) => {
    const now = new Date();
    await db.user.update({
      where: { id: userId },
      data: { passwordHash: newHash, passwordChangedAt: now, updatedAt: now },
      select: { id: true },
    });
    const sessionsEnded = await revokeAllSessions(db, userId, now);
    const { token } = await createSession(db, userId, tenantId, request, now);
    if (tenantId)
      await recordAuthEvent(db, tenantId, userId, request, {
        action: 'auth.password_changed',
        recordType: 'User',
        recordId: userId,
      });
    return { token, sessionsEnded };
  });
}
