import { AppError } from '@crm/core';
import { accountRefOf, type SecurityEventName } from '../../http/security-log.js';
import type { RequestContext } from '../../trpc/context.js';

function report(ctx: RequestContext, event: SecurityEventName, attempt: string, account: string): void {
  ctx.services.securityLog.record({
    event,
    attempt,
    requestId: ctx.requestId,
    ip: ctx.ip,
    accountRef: accountRefOf(account),
  });
}

/**
 * Counts a password attempt on `account` with the login limiter (before the password is checked) and
 * tells the security log when the limiter refuses it.
 */
export async function countPasswordAttempt(
  ctx: RequestContext,
  attempt: string,
  account: string,
): Promise<void> {
  try {
    await ctx.services.loginLimiter.consume(ctx.ip, account);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED')
      report(ctx, 'auth.rate_limited', attempt, account);
    throw error;
  }
}

/** A refused password: a sign-in answers UNAUTHORIZED, a password change names `currentPassword`. */
function isRefusedPassword(error: unknown): boolean {
  if (!(error instanceof AppError)) return false;
  if (error.code === 'UNAUTHORIZED') return true;
  return error.details?.fields?.some((issue) => issue.field === 'currentPassword') ?? false;
}

/**
 * Runs a password check; a refused one (wrong password, unknown address, disabled user) goes to the
 * security log, whether or not the address belongs to anyone.
 */
export async function checkPassword<T>(
  ctx: RequestContext,
  attempt: string,
  account: string,
  check: () => Promise<T>,
): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (isRefusedPassword(error)) report(ctx, 'auth.login_failed', attempt, account);
    throw error;
  }
}
