import type { Database, TenantDb } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { newId } from '../../ids.js';
import { recordAuthEvent } from '../auth-audit.js';
import type { SignedInOutput, UserView } from '../identity/identity.schema.js';
import { passwordProblem } from '../password-policy.js';
import { hashPassword } from '../passwords.js';
import type { Principal } from '../principal.js';
import { createSession, revokeSessionToken, type AuthRequest } from '../sessions.js';
import { isUniqueViolation } from '../units.js';
import { userTenants } from '../user-tenants.js';
import type { AcceptInvitationInput } from './member.schema.js';
import { invalidInvitationLink, resolveInvitation } from './resolve-invitation.js';

export interface AcceptInvitationContext {
  /** The signed-in session accepting for its own user, or null for a new user. */
  principal: Principal | null;
  /** The session cookie presented without a valid session: ended when a new session starts. */
  presentedToken: string | null;
  request: AuthRequest;
}

export type AcceptedInvitation = SignedInOutput & {
  /** A new session token, or null when the caller's session was reused. */ token: string | null;
};

interface Claimed {
  id: string;
  email: string;
  roleId: string;
}

/** Marks the invitation used, atomically (one of two racing accepts wins), and reads it. */
async function claim(db: TenantDb, tenantId: string, invitationId: string): Promise<Claimed> {
  const now = new Date();
  const { count } = await db.invitation.updateMany({
    where: { tenantId, id: invitationId, acceptedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count === 0) throw invalidInvitationLink();
  return db.invitation.findFirstOrThrow({
    where: { tenantId, id: invitationId },
    select: { id: true, email: true, roleId: true },
  });
}

async function existingUserFor(db: TenantDb, principal: Principal, email: string): Promise<UserView> {
  const user = await db.user.findUnique({
    where: { id: principal.userId },
    select: { id: true, name: true, email: true },
  });
  if (user?.email.toLowerCase() !== email.toLowerCase())
    throw AppError.forbidden('This invitation was sent to another e-mail address');
  return user;
}

async function newUserFor(
  db: TenantDb,
  userId: string,
  email: string,
  input: AcceptInvitationInput,
  passwordHash: string | null,
): Promise<UserView> {
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken)
    throw AppError.conflict('An account with this e-mail address exists: sign in, then open the link again');
  const missing = [
    ...(input.name ? [] : [{ field: 'name', message: 'is required to create your account' }]),
    ...(passwordHash ? [] : [{ field: 'password', message: 'is required to create your account' }]),
  ];
  if (missing.length > 0) throw AppError.invalid(missing);
  const problem = input.password ? passwordProblem(input.password, { email }) : null;
  if (problem) throw AppError.invalid([{ field: 'password', message: problem }]);
  return db.user.create({
    data: { id: userId, email, name: input.name ?? email, passwordHash, passwordChangedAt: new Date() },
    select: { id: true, name: true, email: true },
  });
}

/** Adds the membership with the invited role; re-enables a disabled one; leaves an active one as it is. */
async function joinTenant(db: TenantDb, tenantId: string, userId: string, roleId: string): Promise<void> {
  const membership = await db.membership.findFirst({
    where: { tenantId, userId },
    select: { disabledAt: true },
  });
  if (!membership) {
    await db.membership.create({ data: { tenantId, id: newId(), userId, roleId }, select: { id: true } });
  } else if (membership.disabledAt) {
    await db.membership.updateMany({ where: { tenantId, userId }, data: { roleId, disabledAt: null } });
  }
}

/**
 * Accepts an invitation: for a signed-in user whose e-mail address it was sent to, or by creating the
 * user (name and password). Adds the membership with the invited role and signs in there: the
 * signed-in user's session switches to the tenant; a new user gets a new session. The token works
 * once; everything happens in the tenant's unit of work, so any refusal leaves the link usable.
 */
export async function acceptInvitation(
  database: Database,
  input: AcceptInvitationInput,
  context: AcceptInvitationContext,
): Promise<AcceptedInvitation> {
  const { principal, request } = context;
  if (principal?.kind === 'apiKey')
    throw AppError.forbidden('Accept invitations from a browser session, not with an API key');
  const target = await resolveInvitation(database, input.token);
  const passwordHash = !principal && input.password ? await hashPassword(input.password) : null;
  const userId = principal?.userId ?? newId();
  const { tenantId } = target;
  try {
    return await database.withTenant(
      tenantId,
      async (db) => {
        const invitation = await claim(db, tenantId, target.invitationId);
        const user = principal
          ? await existingUserFor(db, principal, invitation.email)
          : await newUserFor(db, userId, invitation.email, input, passwordHash);
        await joinTenant(db, tenantId, user.id, invitation.roleId);
        let token: string | null = null;
        if (principal) {
          await db.session.update({
            where: { id: principal.sessionId },
            data: { activeTenantId: tenantId },
            select: { id: true },
          });
        } else {
          if (context.presentedToken) await revokeSessionToken(db, context.presentedToken);
          token = (await createSession(db, user.id, tenantId, request)).token;
        }
        await recordAuthEvent(db, tenantId, user.id, request, {
          action: 'invitation.accepted',
          recordType: 'Invitation',
          recordId: invitation.id,
        });
        const tenants = await userTenants(db, user.id);
        const tenant = tenants.find((t) => t.id === tenantId);
        return { token, user, tenant: tenant ? { id: tenant.id, name: tenant.name } : null, tenants };
      },
      { userId },
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.conflict(
        'An account with this e-mail address exists: sign in, then open the link again',
      );
    throw error;
  }
}
