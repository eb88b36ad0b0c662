import {
  ARGON2_MEMORY_KIB,
  ARGON2_PARALLELISM,
  ARGON2_TIME_COST,
  commonPasswordList,
  dummyPasswordHash,
  hashPassword,
  identity,
  needsRehash,
  parsePasswordHash,
  passwordProblem,
  verifyPassword,
  verifyPasswordOrDummy,
} from '@crm/core';
import { describe, expect, it } from 'vitest';

describe('password hashing (ASVS v11.4.2, A7 #14)', () => {
  it('uses argon2id at the ASVS Appendix C parameters, as read back from a real hash', async () => {
    expect([ARGON2_MEMORY_KIB, ARGON2_TIME_COST, ARGON2_PARALLELISM]).toEqual([19_456, 2, 1]);
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    const params = parsePasswordHash(stored);
    expect(params).toEqual({
      algorithm: 'argon2id',
      version: 19,
      memoryKib: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    // ASVS Appendix C: with t=2, m must be at least 19 MiB; p=1.
    expect(params?.memoryKib).toBeGreaterThanOrEqual(19 * 1024);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(a, 'Correct horse battery staple')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('treats the same Unicode password typed in another normal form as the same', async () => {
    const composed = 'caf\u00e9-au-lait-42';
    const decomposed = 'cafe\u0301-au-lait-42';
    expect(await verifyPassword(await hashPassword(decomposed), composed)).toBe(true);
  });

  it('asks for a rehash when the parameters or the algorithm differ', async () => {
    const weaker = await hashPassword('correct horse battery staple', {
      memoryKib: 8192,
      timeCost: 1,
      parallelism: 1,
    });
    expect(parsePasswordHash(weaker)).toMatchObject({ memoryKib: 8192, timeCost: 1 });
    expect(needsRehash(weaker)).toBe(true);
    expect(needsRehash(weaker, { memoryKib: 8192, timeCost: 1, parallelism: 1 })).toBe(false);
    expect(
      needsRehash(
        '$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
      ),
    ).toBe(true);
    expect(needsRehash('$2b$10$abcdefghijklmnopqrstuv')).toBe(true);
    expect(parsePasswordHash('$2b$10$abcdefghijklmnopqrstuv')).toBeNull();
  });

  it('verifies against a hash of the current parameters even when there is none (no timing oracle)', async () => {
    // Equal cost by construction, not by a timing assertion: the dummy hash has today's parameters.
    const dummy = await dummyPasswordHash();
    expect(parsePasswordHash(dummy)).toMatchObject({
      memoryKib: ARGON2_MEMORY_KIB,
      timeCost: ARGON2_TIME_COST,
    });
    expect(needsRehash(dummy)).toBe(false);
    expect(await verifyPasswordOrDummy(null, 'wrong password here')).toBe(false);
  });
});

describe('password policy (ASVS v6.2)', () => {
  it('requires 8 to 128 characters, counted as characters, and allows long passphrases', () => {
    expect(passwordProblem('abcdefg')).toMatch(/at least 8/);
    expect(passwordProblem('zq8-vhtk')).toBeNull();
    expect(passwordProblem('x'.repeat(64) + 'long enough')).toBeNull();
    expect(passwordProblem('y'.repeat(128))).toBeNull();
    expect(passwordProblem('y'.repeat(129))).toMatch(/at most 128/);
    // Seven emoji are seven characters (14 UTF-16 units): still too short.
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑🔑')).toMatch(/at least 8/);
    expect(passwordProblem('пароль-для-црм')).toBeNull();
  });

  it('has no composition rules: lower-case letters only are fine', () => {
    expect(passwordProblem('purple monkey dishwasher')).toBeNull();
  });

  it('refuses the bundled common passwords, whatever their case', () => {
    const list = commonPasswordList();
    expect(list.size).toBeGreaterThanOrEqual(900);
    for (const common of [
      'password',
      '12345678',
      'qwertyuiop',
      'iloveyou',
      'Password1',
      'P@ssw0rd',
      'SUNSHINE',
    ]) {
      expect(passwordProblem(common), common).toMatch(/most common/);
    }
    expect([...list].every((entry) => entry.length >= 8)).toBe(true);
  });

  it('refuses the e-mail address as password', () => {
    expect(passwordProblem('Ann@Example.test', { email: 'ann@example.test' })).toMatch(/e-mail/);
  });

  it('names the failing field in sign-up input', () => {
    const parsed = identity.signupInput.safeParse({
      workspaceName: 'W',
      name: 'N',
      email: 'a@b.test',
      password: 'qwerty123',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain('password');
  });
});
