import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openAdminSection, signUp, snap, uniqueEmail } from './support.js';

test('an admin sets up a pipeline, a tag and a custom field, and sees them in the audit log', async ({
  page,
}) => {
  await signUp(page, 'Admin Co', uniqueEmail('admin'));
  await openAdminSection(page, 'Pipelines', /\/admin\/pipelines$/);
  const newPipeline = page.getByTestId('new-pipeline');
  await newPipeline.getByLabel('New pipeline').fill('Enterprise');
  await newPipeline.getByLabel('Stage 1').fill('Discovery');
  await newPipeline.getByLabel('Stage 2').fill('Signed');
  await newPipeline.getByLabel('Stage 3').fill('Dropped');
  await newPipeline.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByTestId('pipeline-editor-Enterprise').getByRole('textbox', { name: 'Stage 1', exact: true }),
  ).toHaveValue('Discovery');
  await snap(page, 'admin-pipelines');

  // The new pipeline is one switch away on the pipeline page.
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline', exact: true }).click();
  await page.getByTestId('pipeline-select').click();
  await page.getByRole('option', { name: 'Enterprise' }).click();
  await expect(page.getByTestId('stage-Discovery')).toBeVisible();
  await page.getByText('Table', { exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Signed' })).toBeVisible();

  await page.goto('/admin/customFields');
  await page.getByLabel('Key').fill('region');
  await page.getByLabel('Label').fill('Region');
  await page.getByRole('button', { name: 'New field' }).click();
  await expect(page.getByRole('cell', { name: 'region', exact: true })).toBeVisible();

  await page.goto('/admin/roles');
  await expect(page.getByTestId('permission-matrix')).toBeVisible();
  await snap(page, 'admin-roles');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  await page.goto('/admin/auditLog');
  await expect(page.getByTestId('audit-log')).toContainText('pipeline.created');
  await page.getByLabel('Action contains').fill('custom_field');
  await expect(page.getByTestId('audit-log')).not.toContainText('pipeline.created');
  await snap(page, 'admin-audit-log');
});

test('saved views and the CSV import wizard', async ({ page }) => {
  await signUp(page, 'Import Co', uniqueEmail('imp'));
  const upload = async (csv: string) => {
    await page.goto('/import');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-file').click();
    await (await chooser).setFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Columns named like fields are mapped already.
    await expect(page.getByRole('combobox', { name: 'Field: First name' })).toHaveValue('firstName');
    await page.getByRole('button', { name: 'Check (dry run)', exact: true }).click();
  };
  await upload('First name;Last name;Email\nOlga;Smirnova;olga@client.test\nPavel;Orlov;not-an-email\n');
  await expect(page.getByTestId('import-errors')).toContainText('Email');
  await snap(page, 'import-dry-run');

  await upload('First name;Last name;Email\nOlga;Smirnova;olga@client.test\nPavel;Orlov;pavel@client.test\n');
  await expect(page.getByText('No errors: ready to import')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-progress')).toContainText('Created2');
  await snap(page, 'import-summary');
  await page.goto('/contacts');
  await expect(page.getByTestId('list-row')).toHaveCount(2);

  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    await page.getByTestId('new-record').click();
    await page.getByLabel('First name').fill(name);
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/contacts\//);
    await page.goto('/contacts');
  }
  await expect(page.getByTestId('list-row')).toHaveCount(5);
  await page.getByTestId('list-search').fill('Beta');
  await expect(page.getByTestId('list-row')).toHaveCount(1);
  await page.getByTestId('saved-views').click();
  await page.getByRole('menuitem', { name: /Save view/ }).click();
  await page.getByLabel('View name').fill('Only Beta');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('saved-views').click();
  await page.getByRole('menuitem', { name: 'All records' }).click();
  await expect(page.getByTestId('list-row')).toHaveCount(5);
  await page.getByTestId('saved-views').click();
  await page.getByRole('menuitem', { name: /Only Beta/ }).click();
  await expect(page.getByTestId('list-row')).toHaveCount(1);
  await expect(page.getByTestId('list-search')).toHaveValue('Beta');

  // The shared list: selection feeds the bulk bar, sort and the column chooser apply to the rows.
  await page.getByTestId('saved-views').click();
  await page.getByRole('menuitem', { name: 'All records' }).click();
  await expect(page.getByTestId('list-row')).toHaveCount(5);
  const list = page.getByTestId('record-list');
  await list.getByRole('checkbox', { name: 'Select row' }).first().check();
  await expect(page.getByTestId('bulk-bar')).toContainText('1 selected');
  await list.getByRole('checkbox', { name: 'Select all loaded rows' }).check();
  await expect(page.getByTestId('bulk-bar')).toContainText('5 selected');
  await list.getByRole('checkbox', { name: 'Select all loaded rows' }).uncheck();
  await expect(page.getByTestId('bulk-bar')).toBeHidden();
  await page.getByRole('combobox', { name: 'Sort' }).click();
  await page.getByRole('option', { name: 'First name · ascending' }).click();
  await expect(page.getByTestId('list-row').first()).toContainText('Alpha');
  await page.getByRole('combobox', { name: 'Sort' }).click();
  await page.getByRole('option', { name: 'First name · descending' }).click();
  await expect(page.getByTestId('list-row').first()).toContainText('Pavel');
  await expect(list.getByRole('columnheader', { name: 'E-mail' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
  await expect(list.getByRole('columnheader', { name: 'E-mail' })).toBeHidden();
  await expect(list.getByRole('columnheader', { name: 'Phone' })).toBeVisible();
  await page.keyboard.press('Escape');
});
