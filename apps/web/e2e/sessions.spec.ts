import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, password, signUp, snap, uniqueEmail } from './support.js';

test('a user sees where they are signed in and signs out the other device', async ({ page, browser }) => {
  const email = uniqueEmail('two-devices');
  await signUp(page, 'Devices Co', email);
  const device = await browser.newContext();
  const other = await device.newPage();
  await other.goto('/sign-in');
  await other.getByLabel('E-mail').fill(email);
  await other.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).toHaveURL(/\/$/);

  await page.goto('/profile');
  const list = page.getByTestId('active-sessions');
  await expect(list.getByTestId('session-row')).toHaveCount(2);
  await expect(list.getByText('This device')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'the profile with its sessions');
  await snap(page, 'profile-sessions');
  await list.getByRole('button', { name: /^Sign out: / }).click();
  await expect(list.getByTestId('session-row')).toHaveCount(1);
  await expect(list.getByText('You are signed in only here.')).toBeVisible();

  // The other device is signed out at its next step; this one carries on.
  await other.goto('/contacts');
  await expect(other).toHaveURL(/\/sign-in\?redirect=/);
  await page.goto('/contacts');
  await expect(page).toHaveURL(/\/contacts$/);
  await device.close();
});
