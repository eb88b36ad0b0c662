import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './support.js';

test("a user of tenant B cannot open tenant A's record by URL", async ({ browser }) => {
  const a = await browser.newPage();
  await signUp(a, 'Tenant A', uniqueEmail('a'));
  await a.goto('/contacts');
  await a.getByTestId('new-record').click();
  await a.getByLabel('First name').fill('Confidential');
  await a.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(a).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const recordUrl = new URL(a.url()).pathname;

  const contextB = await browser.newContext();
  const b = await contextB.newPage();
  await signUp(b, 'Tenant B', uniqueEmail('b'));
  await b.goto(recordUrl);
  await expect(b.getByTestId('error-state')).toContainText(
    'This record does not exist or you have no access to it.',
  );
  await expect(b.getByText('Confidential')).toHaveCount(0);
  // Nor through the list or search.
  await b.goto('/contacts');
  await expect(b.getByTestId('list-empty')).toBeVisible();
  await contextB.close();
  await a.close();
});

test('signed-out visitors are sent to sign-in and come back after it', async ({ page }) => {
  await page.goto('/pipeline');
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await expect(page.getByRole('heading', { name: 'Sign in to your CRM' })).toBeVisible();
});
