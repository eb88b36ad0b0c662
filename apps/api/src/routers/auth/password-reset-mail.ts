import type { identity } from '@crm/core';
import type { MailMessage } from '../../http/mailer.js';

/** The password reset e-mail: plain text, with the one-time link `${publicUrl}/reset-password/<token>`. */
export function passwordResetMail(publicUrl: string, link: identity.PasswordResetLink): MailMessage {
  const url = `${publicUrl.replace(/\/+$/, '')}/reset-password/${link.token}`;
  return {
    to: link.email,
    subject: 'Reset your CRM password',
    text: [
      'Someone asked to reset the password of the CRM account with this e-mail address.',
      '',
      `Set a new password: ${url}`,
      '',
      `The link works once and expires on ${link.expiresAt.toISOString()}. Setting a new password signs you out everywhere else.`,
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
