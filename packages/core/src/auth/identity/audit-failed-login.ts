import type { Database } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { AuthRequest } from '../sessions.js';
import type { UserTenant } from '../user-tenants.js';

/**
 * Records a failed sign-in with the password of a known, active user (ASVS v16.3.1) in the audit log
 * of every workspace the user belongs to, so their admins see attempts on their members' accounts.
 * The entry names the account tried and where the attempt came from; no actor (whoever tried is not
 * known) and never the password. Unknown e-mail addresses have no workspace to tell.
 *
 * Called without awaiting it: the answer to a failed sign-in must not take longer for a known
 * address than for an unknown one (ASVS v6.3.8). A failure to write is reported as a process warning.
 */
export function auditFailedLogin(
  database: Database,
  userId: string,
  tenants: readonly UserTenant[],
  request: AuthRequest,
): void {
  const write = async () => {
    for (const tenant of tenants) {
      await database.withTenant(tenant.id, (db) =>
        db.auditLog.create({
          data: {
            tenantId: tenant.id,
            id: newId(),
            action: 'auth.login_failed',
            recordType: 'User',
            recordId: userId,
            requestId: request.requestId,
            ip: request.ip,
          },
          select: { id: true },
        }),
      );
    }
  };
  write().catch((error: unknown) => {
    process.emitWarning(`A failed sign-in could not be audited: ${String(error)}`, 'AuditWarning');
  });
}
