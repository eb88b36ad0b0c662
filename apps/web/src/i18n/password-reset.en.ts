/** English strings of the forgotten-password pages. */
export const passwordResetEn = {
  forgot: 'Forgot your password?',
  requestTitle: 'Reset your password',
  requestHint: 'Enter the e-mail address of your account: we will send a link to set a new password.',
  send: 'Send the link',
  sent: 'If an account exists for {{email}}, a link to set a new password is on its way. It works once, for an hour.',
  resetTitle: 'Set a new password',
  newPassword: 'New password',
  save: 'Set the password and sign in',
  signsOutElsewhere: 'Setting a new password signs you out on every other device.',
  invalid: 'This password reset link is invalid, already used or expired. Ask for a new one.',
  askAgain: 'Ask for a new link',
  backToSignIn: 'Back to sign-in',
};
