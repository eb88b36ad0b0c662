import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@crm/core';

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
}

/**
 * Brute-force protection for sign-in and other password checks (ASVS v6.3.1, A7 #10). In-process
 * counters; several API replicas need a shared store (rate-limiter-flexible has a Postgres one).
 * Unknown accounts are counted exactly like known ones, so a 429 reveals nothing about existence.
 */
export function createLoginLimiter(
  options: LoginLimiterOptions = { perAccount: 5, perIp: 50, windowSeconds: 15 * 60 },
): LoginLimiter {
  const byAccount = new RateLimiterMemory({ points: options.perAccount, duration: options.windowSeconds });
  const byIp = new RateLimiterMemory({ points: options.perIp, duration: options.windowSeconds });
  const limited = (error: unknown): never => {
    if (error instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', { retryAfterSeconds });
    }
    throw error;
  };
  const ipKey = (ip: string | null | undefined) => ip ?? '-';
  return {
    async consume(ip, account) {
      await byIp.consume(ipKey(ip)).catch(limited);
      await byAccount.consume(account.toLowerCase()).catch(limited);
    },
    async reset(account, ip) {
      await byAccount.delete(account.toLowerCase()).catch(() => undefined);
      if (ip !== undefined) await byIp.reward(ipKey(ip), 1).catch(() => undefined);
    },
  };
}
