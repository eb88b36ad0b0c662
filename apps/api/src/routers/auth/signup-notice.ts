import type { MailMessage } from '../../http/mailer.js';
import type { RequestContext } from '../../trpc/context.js';

function signupAttemptMail(to: string, publicUrl: string): MailMessage {
  return {
    to,
    subject: 'Someone tried to sign up with your e-mail address',
    text: [
      'Someone tried to create a new CRM workspace with this e-mail address, which already has an account.',
      '',
      `If it was you, sign in at ${publicUrl} instead, or sign up again with your current password to add a workspace.`,
      'If it was not you, nothing has changed and you can ignore this message.',
    ].join('\n'),
  };
}

/**
 * Tells the owner of an existing account that a sign-up was attempted with their address (so a
 * forgotten account is found, and probing is noticed). Best effort and not awaited: the answer must
 * not wait for, or depend on, the mail server. The login limiter bounds how often this can be sent.
 */
export function notifySignupAttempt(ctx: RequestContext, email: string): void {
  void ctx.services.mailer
    .send(signupAttemptMail(email, ctx.services.config.publicUrl))
    .catch(() => undefined);
}
