import { z } from 'zod';
import { newPasswordSchema, presentedPasswordSchema } from '../password-policy.js';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
const displayName = z.string().trim().min(1).max(200);

export const signupInput = z
  .strictObject({
    workspaceName: displayName,
    name: displayName,
    email: emailSchema,
    password: newPasswordSchema,
    /**
     * The workspace's language, from the sign-up form's: its default pipeline and stages, and plugins'
     * demo data, are written in it. English when absent.
     */
    locale: z.enum(['en', 'ru']).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.password.toLowerCase() === value.email) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'must not be your e-mail address' });
    }
  });
export type SignupInput = z.infer<typeof signupInput>;

export const loginInput = z.strictObject({ email: emailSchema, password: presentedPasswordSchema });
export type LoginInput = z.infer<typeof loginInput>;

export const switchTenantInput = z.strictObject({ tenantId: z.uuid() });
export type SwitchTenantInput = z.infer<typeof switchTenantInput>;

export const changePasswordInput = z.strictObject({
  currentPassword: presentedPasswordSchema,
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** No parameters (the web app may also send none at all over tRPC). */
export const noInput = z.strictObject({}).optional();

export const userView = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export type UserView = z.infer<typeof userView>;
export const tenantView = z.object({ id: z.uuid(), name: z.string() });
export type TenantView = z.infer<typeof tenantView>;
export const userTenantView = z.object({ id: z.uuid(), name: z.string(), roleKey: z.string() });

export const signupOutput = z.object({ tenant: tenantView, user: userView });

/** What a new session answers (sign-in, accepted invitation): who, where, and where else. */
export const signedInOutput = z.object({
  user: userView,
  tenant: tenantView.nullable(),
  tenants: z.array(userTenantView),
});
export type SignedInOutput = z.infer<typeof signedInOutput>;

export const meOutput = z.object({
  user: userView,
  tenant: tenantView.nullable(),
  roleKey: z.string().nullable(),
  /** The CASL rules of the active tenant, packed with `packRules` (@casl/ability/extra). */
  rules: z.array(z.array(z.unknown())),
  tenants: z.array(userTenantView),
});
export type MeOutput = z.infer<typeof meOutput>;

export const switchTenantOutput = z.object({ tenant: tenantView, roleKey: z.string() });
export const signedOutOutput = z.object({ signedOut: z.literal(true) });
export const passwordChangedOutput = z.object({
  passwordChanged: z.literal(true),
  sessionsEnded: z.number().int(),
});

export const userSelect = { id: true, name: true, email: true } as const;

/** Asks for a password reset link: the answer is the same whether or not the address has an account. */
export const requestPasswordResetInput = z.strictObject({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;
export const passwordResetRequestedOutput = z.object({ requested: z.literal(true) });

/** Sets a new password with the one-time token from the reset e-mail. */
export const resetPasswordInput = z.strictObject({
  token: z.string().min(1).max(200),
  password: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

/** One of the user's signed-in sessions, as the profile lists them; `id` is a handle, not the token. */
export const activeSessionOutput = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type ActiveSessionOutput = z.infer<typeof activeSessionOutput>;
export const sessionHandleInput = z.strictObject({ id: z.string().length(16) });
export const sessionsEndedOutput = z.object({ sessionsEnded: z.number().int() });
