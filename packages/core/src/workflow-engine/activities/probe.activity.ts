import type { Database, TenantDb } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { newId } from '../../ids.js';
import { withActivityTenant, type TenantActivityInput } from '../tenant-activity.js';
import { performEffectOnce } from '../workflow-effect.js';

export interface ProbeInput extends TenantActivityInput {
  /** Free text kept with the effect (which test or benchmark run it belongs to). */
  label: string;
  /** A record the probe must be able to read first (RLS decides). */
  record?: { type: 'contact' | 'account' | 'deal'; id: string };
}

export interface ProbeResult {
  auditId: string;
  /** When the first attempt that did the effect started (epoch ms): the benchmark's first step. */
  startedAt: number;
  /** True when a retry found the effect already done. */
  repeated: boolean;
}

/**
 * The runtime's own diagnostic step: reads the given record in the tenant's unit of work, then
 * appends one `workflow.probe` entry to the tenant's audit log, exactly once per activity (a retry
 * or a new worker after a crash returns the first result). Used by the runtime's tests, the replay
 * histories and the benchmark; it changes no business data.
 */
export function createProbeActivity(database: Database) {
  return async function probe(input: ProbeInput): Promise<ProbeResult> {
    const startedAt = Date.now();
    return withActivityTenant(database, input, async (db) => {
      if (input.record) await assertReadable(db, input.record);
      const { result, repeated } = await performEffectOnce(db, { tenantId: input.tenantId }, async () => {
        const auditId = newId();
        await db.auditLog.create({
          data: {
            tenantId: input.tenantId,
            id: auditId,
            action: 'workflow.probe',
            recordType: input.record?.type ?? null,
            recordId: input.record?.id ?? null,
            after: { label: input.label },
          },
          select: { id: true },
        });
        return { auditId, startedAt };
      });
      return { ...result, repeated };
    });
  };
}

async function assertReadable(db: TenantDb, record: NonNullable<ProbeInput['record']>): Promise<void> {
  const where = { id: record.id };
  const select = { id: true } as const;
  const found =
    record.type === 'contact'
      ? await db.contact.findFirst({ where, select })
      : record.type === 'account'
        ? await db.account.findFirst({ where, select })
        : await db.deal.findFirst({ where, select });
  if (!found) throw AppError.notFound(record.type);
}
