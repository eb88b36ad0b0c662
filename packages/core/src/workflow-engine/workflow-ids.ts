import { AppError } from '../errors/index.js';
import { isUuid } from '../ids.js';

/**
 * Workflow ids carry their tenant: `t:<tenantId>:<part>:<part>...`. The id is what makes a start
 * idempotent (one open run per id), so it is built from the trigger's own identity (an outbox row, a
 * record and a purpose), never from a random value.
 */
const PREFIX = 't';
const partPattern = /^[A-Za-z0-9_.@-]+$/;

export function tenantWorkflowId(tenantId: string, ...parts: string[]): string {
  if (!isUuid(tenantId)) throw new AppError('BAD_REQUEST', 'Workflow id: tenantId must be a UUID');
  if (parts.length === 0)
    throw new AppError('BAD_REQUEST', 'Workflow id: at least one part after the tenant');
  for (const part of parts) {
    if (!partPattern.test(part)) {
      throw new AppError(
        'BAD_REQUEST',
        `Workflow id: part "${part}" may hold only letters, digits and _ . @ -`,
      );
    }
  }
  return [PREFIX, tenantId.toLowerCase(), ...parts].join(':');
}

/** The tenant a workflow id belongs to, or undefined when the id lacks the `t:<uuid>:` prefix. */
export function tenantOfWorkflowId(workflowId: string): string | undefined {
  const [prefix, tenantId, first] = workflowId.split(':');
  if (prefix !== PREFIX || !tenantId || !isUuid(tenantId) || !first) return undefined;
  return tenantId.toLowerCase();
}

/** Refuses an id without the tenant prefix, or one of another tenant than `tenantId`. */
export function assertTenantWorkflowId(workflowId: string, tenantId: string): void {
  const owner = tenantOfWorkflowId(workflowId);
  if (!owner) {
    throw new AppError('BAD_REQUEST', `Workflow id "${workflowId}" does not start with t:<tenantId>:`);
  }
  if (owner !== tenantId.toLowerCase()) {
    throw new AppError('FORBIDDEN', `Workflow id "${workflowId}" belongs to another tenant`);
  }
}
