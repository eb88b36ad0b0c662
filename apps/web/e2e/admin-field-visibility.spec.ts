import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signUp, snap, uniqueEmail } from './support.js';

interface Role {
  name: string;
  permissions: { hiddenFields?: Record<string, string[]> };
}

test('an admin hides a custom field and a record field from a custom role', async ({ page }) => {
  await signUp(page, 'Visibility Co', uniqueEmail('visibility'));
  await page.goto('/admin/customFields');
  await page.getByLabel('Key').fill('salary');
  await page.getByLabel('Label').fill('Salary');
  await page.getByRole('button', { name: 'New field' }).click();
  await expect(page.getByRole('cell', { name: 'salary', exact: true })).toBeVisible();

  await page.goto('/admin/roles');
  await page.getByLabel('New role').fill('Field agent');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue('Field agent');
  const visibility = page.getByTestId('field-visibility');
  await visibility.getByText('Contacts', { exact: true }).click();
  await visibility.getByRole('checkbox', { name: 'Salary visible to the role' }).uncheck();
  await visibility.getByRole('checkbox', { name: 'Phones visible to the role' }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved')).toBeVisible();
  await snap(page, 'admin-field-visibility');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Stored on the role, as the API enforces it.
  const roles = await page.request.get('/api/v1/roles');
  const { items } = (await roles.json()) as { items: Role[] };
  const agent = items.find((role) => role.name === 'Field agent');
  expect(agent?.permissions.hiddenFields?.Contact?.sort()).toEqual(['cf.salary', 'phones']);

  // After a reload the role shows what it hides; the system roles cannot be edited here.
  await page.reload();
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Field agent' }).click();
  await visibility.getByText('Contacts', { exact: true }).click();
  await expect(visibility.getByRole('checkbox', { name: 'Salary visible to the role' })).not.toBeChecked();
  await expect(visibility.getByRole('checkbox', { name: 'Phones visible to the role' })).not.toBeChecked();
  await expect(visibility.getByRole('checkbox', { name: 'E-mails visible to the role' })).toBeChecked();
});
