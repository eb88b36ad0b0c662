import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The password policy of ASVS 5.0 V6.2: at least 8 characters (v6.2.1), at least 64 allowed (v6.2.9;
 * we allow 128), no composition rules (v6.2.5), and not one of the most common passwords (v6.2.4).
 * Length counts Unicode code points, so any script and emoji count as one character each.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: ReadonlySet<string> | undefined;

/** The bundled list (common-passwords.txt next to this file), read once. */
export function commonPasswordList(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line.length > 0 && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = Array.from(password.normalize('NFC')).length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lowered = password.toLowerCase();
  if (commonPasswordList().has(lowered)) return 'is one of the most common passwords; choose another';
  if (context.email && lowered === context.email.toLowerCase()) return 'must not be your e-mail address';
  return null;
}

/** A new password in an input schema: the policy as a zod refinement, so the failing field is named. */
export const newPasswordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A password presented to sign in: only bounded, never judged (an old password may predate the policy). */
export const presentedPasswordSchema = z.string().min(1).max(1024);
