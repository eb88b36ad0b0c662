/** English strings of invitations: the page the invitation e-mail opens, and pending invitations. */
export const invitationsEn = {
  title: 'Join {{workspace}}',
  invitedBy: '{{inviter}} invited {{email}} to the workspace as {{role}}.',
  expires: 'The link works once, until {{date}}.',
  createAccount: 'Create your account to join',
  accept: 'Create the account and join',
  join: 'Join the workspace',
  signedInAs: 'You are signed in as {{email}}.',
  otherAccount:
    'This invitation was sent to {{email}}. Sign out and open the link again, or ask for an invitation to your address.',
  signInToAccept: 'An account with this address exists: sign in to join.',
  signInToJoin: 'Sign in to join',
  invalid:
    'This invitation link is invalid, already used or expired. Ask the person who invited you for a new one.',
  toSignIn: 'Go to sign-in',
  pending: 'Pending invitations',
  none: 'No invitation is waiting for an answer.',
  sentBy: 'Sent by',
  expiresAt: 'Expires',
  resend: 'Send again',
  revoke: 'Revoke',
  revokeConfirm: 'Revoke the invitation to {{email}}? Its link stops working.',
  revoked: 'The invitation to {{email}} is revoked',
};
