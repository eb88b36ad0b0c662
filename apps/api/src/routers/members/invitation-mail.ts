import type { members } from '@crm/core';
import type { MailMessage } from '../../http/mailer.js';

/** Names come from users: one line, no control characters, bounded (no header injection). */
function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, 200);
}

/** The invitation e-mail: plain text, with the one-time link `${publicUrl}/invite/<token>`. */
export function invitationMail(publicUrl: string, created: members.CreatedInvitation): MailMessage {
  const link = `${publicUrl.replace(/\/+$/, '')}/invite/${created.token}`;
  const workspace = oneLine(created.tenantName);
  const inviter = oneLine(created.inviterName);
  return {
    to: created.invitation.email,
    subject: `${inviter} invited you to ${workspace}`,
    text: [
      `${inviter} invited you to join the workspace "${workspace}" in the CRM.`,
      '',
      `Accept the invitation: ${link}`,
      '',
      `The link works once and expires on ${created.invitation.expiresAt.toISOString()}.`,
      'If you did not expect this invitation, you can ignore this message.',
    ].join('\n'),
  };
}
