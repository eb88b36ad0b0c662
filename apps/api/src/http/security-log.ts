import { createHash } from 'node:crypto';
import { pino, type DestinationStream } from 'pino';

/** Security events the platform operator watches, across all workspaces (ASVS v16.3.1, v16.3.3). */
export type SecurityEventName = 'auth.login_failed' | 'auth.rate_limited';

export interface SecurityEvent {
  event: SecurityEventName;
  requestId: string;
  ip: string | null;
  /** A hash of the account tried (e-mail address or user id), never the address itself. */
  accountRef?: string;
  /** What was attempted: `login`, `signup`, `change-password`. */
  attempt: string;
}

export interface SecurityLog {
  record(event: SecurityEvent): void;
}

/**
 * Correlates attempts on one account across requests without writing the address down: the first 22
 * characters of a SHA-256 of the lower-cased account.
 */
export function accountRefOf(account: string): string {
  return createHash('sha256').update(account.toLowerCase()).digest('base64url').slice(0, 22);
}

/**
 * The platform's security log: one JSON line per event under `channel: "security"` (stdout by default),
 * for the operator's log pipeline. It covers what no workspace's audit log can: attempts on addresses
 * that belong to no user, and refusals by the rate limiter.
 */
export function createSecurityLog(destination?: DestinationStream): SecurityLog {
  const logger = pino({ base: { channel: 'security' }, messageKey: 'message' }, destination);
  return {
    record(event) {
      logger.warn(event, event.event);
    },
  };
}
