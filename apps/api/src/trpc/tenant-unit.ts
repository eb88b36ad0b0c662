import {
  AppError,
  CUSTOM_FIELDS_MEMO,
  abilityFor,
  actorCacheFor,
  principalResolverFor,
  sessionPolicy,
  type Credentials,
  type Principal,
  unitMemo,
  type TenantContext,
} from '@crm/core';
import type { ApiServices } from './context.js';

type Outcome<T> = { ok: true; value: T } | { ok: false };

interface RequestFacts {
  services: ApiServices;
  credentials: Credentials | null;
  requestId: string;
  ip: string | null;
}

/**
 * Runs `work` in the tenant unit of work of the request's principal: one transaction with RLS set to
 * the tenant, whose opening round trip also re-checks the credential (so a revoked key or ended session
 * fails at once): it reads the tenant's authorization epoch and reuses the actor built at that epoch,
 * or runs the full actor probe (see actor-cache.ts). The principal may come from the per-process cache;
 * when the check fails on a cached principal (e.g. the session switched tenant) it is resolved afresh
 * and tried once more.
 */
export async function runInTenantUnit<T>(
  facts: RequestFacts,
  work: (tenant: TenantContext, principal: Principal) => Promise<T>,
): Promise<T> {
  const { credentials, services } = facts;
  if (!credentials) throw new AppError('UNAUTHORIZED', 'Sign in or send an API key');
  const resolver = principalResolverFor(services.database);
  const actors = actorCacheFor(services.database);
  for (const fresh of [false, true]) {
    const principal = await resolver.resolve(credentials, { fresh });
    if (!principal) throw new AppError('UNAUTHORIZED', 'Your session has ended; sign in again');
    const tenantId = principal.tenantId;
    if (!tenantId) throw new AppError('FORBIDDEN', 'Choose a workspace first');
    const check = actors.check(principal, tenantId);
    const outcome = await services.database.withTenant<Outcome<T>>(
      tenantId,
      async (db, probeRows) => {
        const probed = await check.resolve(probeRows);
        if (!probed) return { ok: false };
        unitMemo()?.set(CUSTOM_FIELDS_MEMO, probed.customFieldDefinitions);
        const lastSeen = probed.sessionLastSeenAt;
        if (
          principal.kind === 'session' &&
          lastSeen &&
          Date.now() - lastSeen.getTime() > sessionPolicy.touchEveryMs
        ) {
          const now = new Date();
          await db.session.update({
            where: { id: principal.sessionId },
            data: { lastSeenAt: now },
            select: { id: true },
          });
          check.touched(now);
        }
        const tenant: TenantContext = {
          db,
          actor: probed.actor,
          ability: abilityFor(probed.actor, services.plugins.ruleContributors),
          requestId: facts.requestId,
          ip: facts.ip,
        };
        return { ok: true, value: await work(tenant, principal) };
      },
      { userId: principal.userId, probe: check.probe },
    );
    if (outcome.ok) return outcome.value;
    resolver.forget(credentials);
    if (fresh) break;
  }
  throw new AppError('UNAUTHORIZED', 'You are no longer a member of this workspace');
}
