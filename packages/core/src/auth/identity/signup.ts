import type { Database } from '../../db/database.js';
import { newId } from '../../ids.js';
import { provisionTenant } from '../../tenants/provision-tenant.js';
import { recordAuthEvent } from '../auth-audit.js';
import { hashPassword, verifyPasswordOrDummy } from '../passwords.js';
import { createSession, revokeSessionToken, type AuthRequest } from '../sessions.js';
import { isUniqueViolation } from '../units.js';
import { userSelect, type SignupInput, type TenantView, type UserView } from './identity.schema.js';

export type SignupResult =
  | { kind: 'created'; token: string; tenant: TenantView; user: UserView }
  /** The e-mail address belongs to an account and the password is not its password. */
  | { kind: 'emailTaken'; email: string };

/**
 * Creates a workspace and its first user, signed in. Everything (user, tenant, roles, pipeline,
 * membership, session, audit entry) is written in one unit of work opened for the new tenant, so a
 * failure leaves nothing behind. When the address already has an account, the right password for it
 * creates a new workspace owned by that account (as signing in and adding one would); otherwise the
 * result is `emailTaken` and nothing is written. See docs/decisions/auth.md.
 */
export async function signup(
  database: Database,
  input: SignupInput,
  request: AuthRequest,
  presentedToken: string | null,
): Promise<SignupResult> {
  const existing = await database.withPlatform((db) =>
    db.user.findUnique({
      where: { email: input.email },
      select: { ...userSelect, passwordHash: true, disabledAt: true },
    }),
  );
  let newPasswordHash: string | null = null;
  if (existing) {
    const valid = await verifyPasswordOrDummy(
      existing.disabledAt ? null : existing.passwordHash,
      input.password,
    );
    if (!valid) return { kind: 'emailTaken', email: input.email };
  } else {
    newPasswordHash = await hashPassword(input.password);
  }
  const tenantId = newId();
  const userId = existing?.id ?? newId();
  try {
    return await database.withTenant(
      tenantId,
      async (db) => {
        const now = new Date();
        const user: UserView = existing
          ? { id: existing.id, name: existing.name, email: existing.email }
          : await db.user.create({
              data: {
                id: userId,
                email: input.email,
                name: input.name,
                passwordHash: newPasswordHash,
                passwordChangedAt: now,
                ...(input.locale ? { locale: input.locale } : {}),
              },
              select: userSelect,
            });
        await provisionTenant(db, tenantId, {
          workspaceName: input.workspaceName,
          owner: { userId },
          ...(input.locale ? { locale: input.locale } : {}),
        });
        if (presentedToken) await revokeSessionToken(db, presentedToken, now);
        const { token } = await createSession(db, userId, tenantId, request, now);
        await recordAuthEvent(db, tenantId, userId, request, {
          action: existing ? 'auth.workspace_created' : 'auth.signup',
          recordType: 'Tenant',
          recordId: tenantId,
          after: { workspaceName: input.workspaceName, userId },
        });
        return { kind: 'created', token, tenant: { id: tenantId, name: input.workspaceName }, user };
      },
      { userId },
    );
  } catch (error) {
    // Two sign-ups racing for one address: the second loses on the unique e-mail.
    if (isUniqueViolation(error)) return { kind: 'emailTaken', email: input.email };
    throw error;
  }
}
