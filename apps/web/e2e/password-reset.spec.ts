import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, mailTo, password, signUp, snap, uniqueEmail } from './support.js';

test('a user who forgot the password gets a link by e-mail, sets a new one and is signed in', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail('forgetful');
  await signUp(page, 'Forgetful Co', email);

  // On another device, signed out: from the sign-in page to the request form.
  const device = await browser.newContext();
  const other = await device.newPage();
  await other.goto('/sign-in');
  await other.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(other).toHaveURL(/\/forgot-password$/);
  await other.getByLabel('E-mail').fill(email);
  await other.getByRole('button', { name: 'Send the link' }).click();
  await expect(other.getByRole('status')).toContainText(`If an account exists for ${email}`);
  await expectNoSeriousViolations(other, 'the password reset request');

  const mail = await mailTo(email);
  expect(mail.headers.subject).toBe('Reset your CRM password');
  const link = /https?:\/\/\S+\/reset-password\/\S+/.exec(mail.text)?.[0] ?? '';
  expect(link.startsWith(`${baseURL ?? ''}/reset-password/`)).toBe(true);

  await other.goto(link);
  const newPassword = other.getByLabel('New password');
  await newPassword.fill('short');
  await other.getByRole('button', { name: 'Set the password and sign in' }).click();
  await expect(newPassword).toHaveAttribute('data-invalid', 'true');
  await snap(other, 'reset-password');
  await newPassword.fill('a much better passphrase 7');
  await other.getByRole('button', { name: 'Set the password and sign in' }).click();
  await expect(other).toHaveURL(/\/$/);
  await expect(other.getByText('Forgetful Co')).toBeVisible();

  // The first browser's session has ended; the old password no longer works, the new one does.
  await page.goto('/contacts');
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a much better passphrase 7');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/contacts$/);

  // The link worked once.
  await other.goto(link);
  await other.getByLabel('New password').fill('a third passphrase here');
  await other.getByRole('button', { name: 'Set the password and sign in' }).click();
  await expect(other.getByRole('alert')).toContainText('invalid, already used or expired');
  await device.close();
});
