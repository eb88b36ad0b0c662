import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signUp, snap, uniqueEmail } from './support.js';

test('a rep fills custom fields when creating a contact and edits them on its page', async ({
  page,
  baseURL,
}) => {
  await signUp(page, 'Fields Co', uniqueEmail('fields'));
  // The admin's custom fields (made through the API with this browser's session).
  const headers = { origin: baseURL ?? '' };
  for (const field of [
    { key: 'source', label: 'Lead source', type: 'select', options: ['Web', 'Phone'], required: true },
    { key: 'score', label: 'Score', type: 'number' },
    { key: 'budget', label: 'Budget', type: 'money' },
  ]) {
    const created = await page.request.post('/api/v1/custom-fields', {
      headers,
      data: { objectType: 'contact', ...field },
    });
    expect(created.status()).toBe(201);
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
  await page.getByTestId('new-record').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('First name').fill('Olga');
  // The required field is asked for; the API names it when it is left empty.
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Lead source' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('combobox', { name: 'Lead source' }).click();
  await page.getByRole('option', { name: 'Web' }).click();
  await dialog.getByLabel('Score').fill('7');
  await expectNoSeriousViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);

  // The details tab shows the values, formatted, and edits them in place.
  await page.getByRole('tab', { name: 'Details' }).click();
  const source = page.getByTestId('custom-field-source');
  await expect(source).toContainText('Web');
  await expect(page.getByTestId('custom-field-score')).toContainText('7');
  await page.getByRole('button', { name: 'Edit Budget' }).click();
  await page.getByRole('textbox', { name: 'Budget', exact: true }).fill('150000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('custom-field-budget')).toContainText('150,000');
  await page.getByRole('button', { name: 'Edit Score' }).click();
  await page.getByLabel('Score').fill('8');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('custom-field-score')).toHaveText(/Score\s*8/);
  await snap(page, 'contact-custom-fields');

  // A change shows on the timeline.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByTestId('timeline')).toContainText(/budget/i);
});
