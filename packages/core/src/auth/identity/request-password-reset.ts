import type { Database } from '../../db/database.js';
import type { AuthRequest } from '../sessions.js';
import { hashToken, newToken } from '../tokens.js';

/** How long a password reset link works (ASVS v6.4.1: short-lived). */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

export interface PasswordResetLink {
  /** The one-time secret for the e-mail's link; stored only as its SHA-256. */
  token: string;
  email: string;
  name: string;
  expiresAt: Date;
}

/**
 * Makes a password reset link for an active account, ending any earlier link of the same user; null
 * for an unknown or disabled address. The caller answers the same either way (no account enumeration)
 * and sends the e-mail without making the answer wait for it.
 */
export async function requestPasswordReset(
  database: Database,
  email: string,
  request: AuthRequest,
): Promise<PasswordResetLink | null> {
  return database.withPlatform(async (db) => {
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, disabledAt: true },
    });
    if (!user || user.disabledAt) return null;
    const now = new Date();
    await db.passwordReset.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const token = newToken('crm_pwr');
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
    await db.passwordReset.create({
      data: { tokenHash: hashToken(token), userId: user.id, expiresAt, ip: request.ip },
      select: { tokenHash: true },
    });
    return { token, email: user.email, name: user.name, expiresAt };
  });
}
