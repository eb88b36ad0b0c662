import { expect, test } from '@playwright/test';
import { drag, signUp, snap, uniqueEmail } from './support.js';

test('sign up, create a contact and a deal, move it on the kanban, see the move on the timeline', async ({
  page,
}) => {
  await signUp(page, 'Acme Trading', uniqueEmail('ann'));
  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible();
  await snap(page, 'dashboard-en');

  // A contact, created from the contacts list.
  await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByTestId('list-empty')).toBeVisible();
  await page.getByTestId('new-record').click();
  await page.getByLabel('First name').fill('Ivan');
  await page.getByLabel('Last name').fill('Sidorov');
  await page.getByLabel('E-mail').fill('ivan.sidorov@client.test');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('contact-first-name')).toHaveText('Ivan');
  await snap(page, 'contact-en');

  // Inline edit of a header field: saved once. (Enter disables the input while it saves, which blurs
  // it; the blur once saved again with the stale version, and the user was told of a conflict.)
  const updates: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('contacts.update')) updates.push(request.url());
  });
  await page.getByRole('button', { name: 'Edit Position' }).click();
  await page.getByLabel('Position').fill('Head of procurement');
  await page.getByLabel('Position').press('Enter');
  await expect(page.getByText('Head of procurement')).toBeVisible();
  expect(updates).toHaveLength(1);
  await expect(page.getByText('Someone else changed this record')).toHaveCount(0);

  // The contact appears in the list.
  await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByTestId('list-row')).toHaveCount(1);
  await expect(page.getByTestId('list-row').first()).toContainText('Sidorov Ivan');
  await snap(page, 'contacts-list-en');

  // A deal for that contact, on the pipeline.
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  await expect(page.getByTestId('kanban')).toBeVisible();
  await page.getByTestId('new-deal').click();
  await page.getByLabel('Title').fill('Supply contract');
  await page.getByLabel('Amount').fill('1250000');
  await page.getByTestId('deal-contact').click();
  await page.getByRole('option', { name: 'Sidorov Ivan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  const card = page.getByTestId('deal-card').filter({ hasText: 'Supply contract' });
  await expect(page.getByTestId('stage-Qualification').getByTestId('deal-card')).toHaveCount(1);
  await expect(page.getByTestId('stage-Qualification')).toContainText('1,250,000');

  // Drag it to Proposal: optimistic move, then saved.
  await drag(page, card, page.getByTestId('stage-Proposal'));
  await expect(page.getByTestId('stage-Proposal').getByTestId('deal-card')).toHaveCount(1);
  await expect(page.getByText('Deal moved to Proposal')).toBeVisible();
  await expect(page.getByTestId('stage-Qualification').getByTestId('deal-card')).toHaveCount(0);
  await snap(page, 'pipeline-en');

  // The deal's timeline shows the stage move.
  await page.getByTestId('stage-Proposal').getByRole('link', { name: 'Supply contract' }).click();
  await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('timeline')).toContainText('Moved from Qualification to Proposal');
  await snap(page, 'deal-en');

  // A quick action on a deal deleted meanwhile: the refusal names the missing deal (it was unseen once).
  const dealId = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect((await page.request.delete(`/api/v1/deals/${dealId}`)).status()).toBe(200);
  await page.getByTestId('quick-actions').getByRole('button', { name: 'Log call' }).click();
  const quick = page.getByRole('dialog');
  await quick.getByLabel('Subject').fill('Follow-up call');
  await quick.getByRole('button', { name: 'Save' }).click();
  await expect(quick.getByRole('alert')).toContainText('dealId: deal not found');
  await quick.getByRole('button', { name: 'Cancel' }).click();
  await expect(quick).toHaveCount(0);
});

test('global search finds a record with the keyboard shortcut', async ({ page }) => {
  await signUp(page, 'Search Co', uniqueEmail('sam'));
  await page.goto('/contacts');
  await page.getByTestId('new-record').click();
  await page.getByLabel('First name').fill('Zinaida');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\//);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Search contacts, accounts, deals…' }).fill('Zinaida');
  await expect(page.getByRole('option', { name: /Zinaida/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
});
