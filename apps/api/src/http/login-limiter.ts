import { createHash } from 'node:crypto';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppError, LOGIN_THROTTLE_TABLE, loginThrottleStore, type Database } from '@crm/core';

export interface LoginLimiter {
  /**
   * Counts one attempt for the IP and the account (an e-mail address or a user id) before the password
   * is checked, so that parallel guesses are counted too; throws RATE_LIMITED (429, with
   * `retryAfterSeconds`) once either allowance is used up.
   */
  consume(ip: string | null, account: string): Promise<void>;
  /**
   * A successful attempt: clears the account's counter and gives the IP its attempt back, so that only
   * failures count against an IP (an office behind one address can still sign in all morning).
   */
  reset(account: string, ip?: string | null): Promise<void>;
}

export interface LoginLimiterOptions {
  /** Failed attempts per account per window, whatever the IP (credential stuffing on one account). */
  perAccount: number;
  /** Failed attempts per IP per window, whatever the account (password spraying from one source). */
  perIp: number;
  windowSeconds: number;
  /**
   * Where the counters live. With the database, every API process shares them (migration 014), so a
   * cluster allows no more guesses than one process; without it they are this process's own (a single
   * process, tests that need counters of their own).
   */
  database?: Database;
}

const defaults = { perAccount: 5, perIp: 50, windowSeconds: 15 * 60 };

/** Counter keys are hashes: the table never holds an e-mail address or an IP. */
function keyOf(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function counter(
  name: string,
  points: number,
  duration: number,
  database: Database | undefined,
): RateLimiterAbstract {
  // The limits are part of the prefix: changing them starts fresh counters instead of misreading old ones.
  const keyPrefix = `${name}:${points}:${duration}`;
  if (!database) return new RateLimiterMemory({ keyPrefix, points, duration });
  return new RateLimiterPostgres({
    storeClient: loginThrottleStore(database),
    storeType: 'client',
    tableName: LOGIN_THROTTLE_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: true,
    keyPrefix,
    points,
    duration,
  });
}

/**
 * Brute-force protection for sign-in and other password checks (ASVS v6.3.1, A7 #10), with
 * rate-limiter-flexible. Unknown accounts are counted exactly like known ones, so a 429 reveals nothing
 * about existence.
 */
export function createLoginLimiter(options: Partial<LoginLimiterOptions> = {}): LoginLimiter {
  const { perAccount, perIp, windowSeconds } = { ...defaults, ...options };
  const byAccount = counter('login-account', perAccount, windowSeconds, options.database);
  const byIp = counter('login-ip', perIp, windowSeconds, options.database);
  const limited = (error: unknown): never => {
    if (error instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', { retryAfterSeconds });
    }
    throw error;
  };
  const ipKey = (ip: string | null | undefined) => keyOf(ip ?? '-');
  const accountKey = (account: string) => keyOf(account.toLowerCase());
  return {
    async consume(ip, account) {
      await byIp.consume(ipKey(ip)).catch(limited);
      await byAccount.consume(accountKey(account)).catch(limited);
    },
    async reset(account, ip) {
      await byAccount.delete(accountKey(account)).catch(() => undefined);
      if (ip !== undefined) await byIp.reward(ipKey(ip), 1).catch(() => undefined);
    },
  };
}
