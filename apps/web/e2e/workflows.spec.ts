import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signUp, snap, uniqueEmail } from './support.js';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

test('an admin builds a workflow, publishes it, runs it on a deal and sees it wait for approval', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signUp(page, 'Flow Ltd', uniqueEmail('flow'));

  // A deal to run on.
  await page.goto('/pipeline');
  await page.getByTestId('new-deal').click();
  await page.getByLabel('Title').fill('Big supply');
  await page.getByLabel('Amount').fill('2500000');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('deal-card').filter({ hasText: 'Big supply' })).toBeVisible();

  // A new workflow opens in the editor with a manual trigger and one task.
  await page.goto('/admin/workflows');
  await page.getByLabel('Name of the workflow').fill('Big deal approval');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page).toHaveURL(/\/admin\/workflows\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('wf-node-createTask')).toBeVisible();

  // Keyboard: a focused node opens its settings with Enter, and the focus follows to the panel.
  await node(page, 'trigger').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Trigger settings' })).toBeFocused();

  // Add an approval at the end of the main flow.
  await node(page, 'add:steps').click();
  await page.getByTestId('wf-add-approval').click();
  await expect(page.getByTestId('wf-node-approval')).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Step settings' });
  await panel.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Tenant admin' }).click();
  await panel.getByTestId('wf-field-title').fill('Approve {{ record.title }}');

  // Live validation: a broken template is reported on its node and its field, then fixed.
  await node(page, 'steps.0').click();
  await panel.getByTestId('wf-field-subject').fill('Call {{ record..title }}');
  await expect(page.getByTestId('wf-node-createTask')).toContainText('Errors: 1');
  await expect(panel.getByText(/expected|unexpected/i)).toBeVisible();
  await expect(page.getByTestId('wf-validation')).toContainText('Errors: 1');
  await panel.getByTestId('wf-field-subject').fill('Call {{ record.title }}');
  await expect(page.getByTestId('wf-validation')).toContainText('No errors');
  await expect(page.getByTestId('wf-node-createTask')).not.toContainText('Errors');

  expect(await seriousViolations(page)).toEqual([]);
  await snap(page, 'workflow-builder');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('wf-status')).toContainText('Published · v1');
  await page.getByRole('button', { name: 'Versions' }).click();
  await expect(page.getByTestId('wf-versions')).toContainText('Published');
  await page.getByRole('button', { name: 'View v1' }).click();
  await expect(page.getByText('Version 1 (read-only)')).toBeVisible();
  await expect(page.getByTestId('wf-node-approval')).toBeVisible();
  await snap(page, 'workflow-version-readonly');

  // Run it on the deal from the deal's Workflows tab; the run creates the task and waits for approval.
  await page.goto('/deals');
  await page.getByTestId('list-row').filter({ hasText: 'Big supply' }).click();
  await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Workflows' }).click();
  await page.getByTestId('wf-record-run-select').click();
  await page.getByRole('option', { name: 'Big deal approval' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const row = page.getByTestId('wf-run-row').first();
  await expect(row.getByTestId('wf-run-status')).toHaveText('Waiting', { timeout: 60_000 });
  await expect(row).toContainText('approval');
  await expect(row).toContainText('Approval');
  await snap(page, 'record-workflows-tab');
  await row.getByRole('button', { name: 'Details' }).click();
  const detail = page.getByTestId('wf-run-detail');
  await expect(detail.getByTestId('wf-run-current-step')).toHaveText('approval');
  await expect(detail.getByTestId('wf-run-steps')).toContainText('createTask');
  await snap(page, 'workflow-run-detail');
  await page.keyboard.press('Escape');

  // The approval waits in the inbox of the role; approving lets the run finish.
  await page.getByRole('navigation').getByRole('link', { name: 'Approvals' }).click();
  const approval = page.getByTestId('wf-approval').filter({ hasText: 'Approve Big supply' });
  await approval.getByLabel('Comment').fill('Fine by me');
  await approval.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Nothing waits for your decision.')).toBeVisible();
  await page.goBack();
  await page.getByRole('tab', { name: 'Workflows' }).click();
  await expect(page.getByTestId('wf-run-row').first().getByTestId('wf-run-status')).toHaveText('Completed', {
    timeout: 60_000,
  });
});

test('an admin installs a template from the gallery and opens it in the editor', async ({ page }) => {
  await signUp(page, 'Template Ltd', uniqueEmail('template'));
  await page.goto('/admin/workflows');
  await page.getByRole('button', { name: 'Install: Won deal → onboarding plan' }).click();
  await expect(page).toHaveURL(/\/admin\/workflows\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('wf-node-trigger')).toContainText('Record updated');
  await expect(page.getByTestId('wf-validation')).toContainText('No errors');
  await page.goto('/admin/workflows');
  await expect(page.getByTestId('wf-list')).toContainText('Draft');
  await snap(page, 'workflow-list');
});
