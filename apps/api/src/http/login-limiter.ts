import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@crm/core';

export interface LoginLimiter {
  /** Counts one attempt; throws RATE_LIMITED (429) once the allowance is used up. */
  consume(ip: string | null, email: string): Promise<void>;
  /** A successful sign-in clears the per-account counter. */
  reset(email: string): Promise<void>;
}

/**
 * Brute-force protection for sign-in (ASVS 6.3.1): per account (whatever the IP) and per IP. In-process counters;
 * several API replicas need a shared store (rate-limiter-flexible has a Postgres one).
 */
export function createLoginLimiter(options = { perAccount: 5, perIp: 50, windowSeconds: 15 * 60 }): LoginLimiter {
  const byAccount = new RateLimiterMemory({ points: options.perAccount, duration: options.windowSeconds });
  const byIp = new RateLimiterMemory({ points: options.perIp, duration: options.windowSeconds });
  const limited = (error: unknown): never => {
    if (error instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', 'Too many sign-in attempts; try again later', { retryAfterSeconds });
    }
    throw error;
  };
  return {
    async consume(ip, email) {
      await byIp.consume(ip ?? '-').catch(limited);
      await byAccount.consume(email.toLowerCase()).catch(limited);
    },
    async reset(email) {
      await byAccount.delete(email.toLowerCase()).catch(() => undefined);
    },
  };
}
