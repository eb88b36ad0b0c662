import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret with 256 bits from the CSPRNG, prefixed so that leaked tokens are recognisable. */
export function newToken(prefix: 'crm_sess' | 'crm_key' | 'crm_inv' | 'crm_hook' | 'crm_pwr'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are stored only as their SHA-256: a database leak yields no usable credential. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
