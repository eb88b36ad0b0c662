import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Password storage: argon2id at the OWASP ASVS 5.0 Appendix C parameters (v11.4.2): with t=2 passes,
 * at least 19 MiB of memory, one lane. Raising any of these makes every older hash "need a rehash",
 * which happens transparently at the next successful sign-in.
 */
export const ARGON2_MEMORY_KIB = 19_456;
export const ARGON2_TIME_COST = 2;
export const ARGON2_PARALLELISM = 1;
export const ARGON2_OUTPUT_BYTES = 32;
/** Argon2 version 0x13 (19), the current one. */
export const ARGON2_VERSION = 19;

export interface Argon2Params {
  memoryKib: number;
  timeCost: number;
  parallelism: number;
}

export const currentPasswordParams: Argon2Params = {
  memoryKib: ARGON2_MEMORY_KIB,
  timeCost: ARGON2_TIME_COST,
  parallelism: ARGON2_PARALLELISM,
};

/** Unicode passwords are compared in NFC, so the same password typed on any platform matches. */
function normalized(password: string): string {
  return password.normalize('NFC');
}

/** Hashes a password into a PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), random salt. */
export async function hashPassword(
  password: string,
  params: Argon2Params = currentPasswordParams,
): Promise<string> {
  // The algorithm is the library's default, argon2id (its `Algorithm` is an ambient const enum, which
  // isolatedModules cannot name); parsePasswordHash and the tests check every hash says argon2id.
  return hash(normalized(password), {
    memoryCost: params.memoryKib,
    timeCost: params.timeCost,
    parallelism: params.parallelism,
    outputLen: ARGON2_OUTPUT_BYTES,
  });
}

/** True when `password` matches the stored hash; false for a mismatch or a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalized(password));
  } catch {
    return false;
  }
}

export interface ParsedPasswordHash extends Argon2Params {
  algorithm: 'argon2id' | 'argon2i' | 'argon2d';
  version: number;
}

const phcPattern =
  /^\$(argon2id|argon2i|argon2d)\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;

/** The parameters a stored argon2 hash was made with, from its PHC string; null when it is not one. */
export function parsePasswordHash(storedHash: string): ParsedPasswordHash | null {
  const match = phcPattern.exec(storedHash);
  if (!match) return null;
  const [, algorithm, version, m, t, p] = match;
  return {
    algorithm: algorithm as ParsedPasswordHash['algorithm'],
    version: Number(version),
    memoryKib: Number(m),
    timeCost: Number(t),
    parallelism: Number(p),
  };
}

/** True when the stored hash was not made with argon2id at the current parameters. */
export function needsRehash(storedHash: string, params: Argon2Params = currentPasswordParams): boolean {
  const parsed = parsePasswordHash(storedHash);
  return (
    !parsed ||
    parsed.algorithm !== 'argon2id' ||
    parsed.version !== ARGON2_VERSION ||
    parsed.memoryKib !== params.memoryKib ||
    parsed.timeCost !== params.timeCost ||
    parsed.parallelism !== params.parallelism
  );
}

let dummyHash: Promise<string> | undefined;

/** The throw-away hash used when there is none: made with the current parameters, so it costs the same. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/**
 * Verifies against the stored hash, or, when there is none (unknown user, no password set), against
 * a throw-away hash with the same parameters, so that both cases cost the same time (ASVS v6.3.8).
 */
export async function verifyPasswordOrDummy(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash) return verifyPassword(storedHash, password);
  await verifyPassword(await dummyPasswordHash(), password);
  return false;
}
