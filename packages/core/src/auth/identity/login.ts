import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { auditFailedLogin } from './audit-failed-login.js';
import { hashPassword, needsRehash, verifyPasswordOrDummy } from '../passwords.js';
import type { AuthRequest } from '../sessions.js';
import { inAuthUnit } from '../units.js';
import { startSignedInSession } from './start-signed-in-session.js';
import { userTenants, type UserTenant } from '../user-tenants.js';
import type { LoginInput, TenantView, UserView } from './identity.schema.js';

export interface SignedIn {
  /** The new session token, for the cookie only: never part of a response body. */
  token: string;
  user: UserView;
  tenant: TenantView | null;
  tenants: UserTenant[];
}

/** One answer for an unknown e-mail, a wrong password and a disabled user (ASVS v6.3.8). */
export function invalidCredentials(): AppError {
  return new AppError('UNAUTHORIZED', 'The e-mail address or password is incorrect');
}

/**
 * Signs in with e-mail and password. Always issues a new session token (ASVS v7.2.4) and ends the one
 * the browser presented, if any. The active tenant is the user's oldest active membership. An unknown
 * user costs the same work as a known one: the same queries and one argon2 verification.
 * The password hash is upgraded when it was made with other parameters.
 */
export async function login(
  database: Database,
  input: LoginInput,
  request: AuthRequest,
  presentedToken: string | null,
): Promise<SignedIn> {
  const { user, tenants } = await database.withPlatform(async (db) => {
    const found = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true },
    });
    return { user: found, tenants: await userTenants(db, found?.id ?? null) };
  });
  const storedHash = user && !user.disabledAt ? user.passwordHash : null;
  const valid = await verifyPasswordOrDummy(storedHash, input.password);
  if (!valid || !user || !storedHash) {
    if (user && storedHash) auditFailedLogin(database, user.id, tenants, request);
    throw invalidCredentials();
  }

  const upgradedHash = needsRehash(storedHash) ? await hashPassword(input.password) : null;
  const tenant = tenants[0] ?? null;
  const token = await inAuthUnit(database, tenant?.id ?? null, user.id, async (db) => {
    const now = new Date();
    if (upgradedHash) {
      await db.user.update({
        where: { id: user.id },
        data: { passwordHash: upgradedHash, updatedAt: now },
        select: { id: true },
      });
    }
    return startSignedInSession(db, user.id, tenant?.id ?? null, {
      request,
      presentedToken,
      action: 'auth.login',
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
