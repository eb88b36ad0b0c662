import { expect, test, type Page } from '@playwright/test';
import {
  disablePlugin,
  enablePlugin,
  expectNoSeriousViolations,
  signUp,
  snap,
  uniqueEmail,
} from './support.js';

const nav = (page: Page) => page.getByRole('navigation');

test('telecom: the account manager sees a ticket with its SLA on the client page and moves it', async ({
  page,
}) => {
  test.slow(); // one long journey through many pages
  await signUp(page, 'North Wave Telecom', uniqueEmail('telecom'));
  await expect(nav(page).getByRole('link', { name: 'Trouble tickets' })).toHaveCount(0);
  await page.goto('/x/telecom/tickets');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  await page.goto('/accounts');
  await page.getByTestId('new-record').click();
  await page.getByRole('dialog').getByLabel('Name').fill('Baltic Ferries');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  const accountUrl = page.url();
  await expect(page.getByRole('tab', { name: 'Telecom' })).toHaveCount(0);

  // The admin enables telecom (with its demo catalogue).
  await enablePlugin(page, 'telecom', {
    configure: (dialog) => expect(dialog.getByLabel('Churn score threshold')).toHaveValue('60'),
  });
  await expect(page.getByTestId('plugin-telecom')).toContainText('On');

  // The client page gains the Telecom tab: open a ticket, see its status and SLA, start work on it.
  await page.goto(accountUrl);
  await page.getByRole('tab', { name: 'Telecom' }).click();
  const tab = page.getByTestId('telecom-tab');
  await expect(tab.getByTestId('churn-score')).toBeVisible();
  await tab.getByRole('button', { name: 'Open a ticket' }).click();
  const open = page.getByRole('dialog', { name: 'Open a ticket' });
  await open.getByRole('button', { name: 'Open a ticket' }).click();
  await expect(open.getByLabel('Subject')).toHaveAttribute('aria-invalid', 'true'); // the API named the field
  await open.getByLabel('Subject').fill('No signal in the harbour office');
  await open.getByLabel('Severity', { exact: true }).click();
  await page.getByRole('option', { name: 'Critical' }).click();
  await open.getByRole('button', { name: 'Open a ticket' }).click();
  await expect(open).toBeHidden();
  const row = tab.getByTestId('ticket-row-No signal in the harbour office');
  await expect(row.getByTestId('ticket-status')).toHaveText('Acknowledged');
  await expect(row.getByTestId('ticket-severity')).toHaveText('Critical');
  await expect(row.getByTestId('ticket-sla')).toHaveText(/^7 h \d+ min left$/); // critical: 8 hours
  // The demo tickets of the first client plus this one: the client is at churn risk.
  await expect(tab.getByTestId('churn-risk')).toContainText(
    /At risk \(threshold 60\)\d+ of 100Tickets in 30 days: \d/,
  );
  await row.getByRole('button', { name: 'Start work: No signal in the harbour office' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(row.getByTestId('ticket-status')).toHaveText('In progress');
  await expectNoSeriousViolations(page, 'account telecom tab');
  await snap(page, 'telecom-account-tab-en');

  // A subscription's status: a move its lifecycle does not allow is refused on the status field.
  const line = tab.getByTestId('subscription-+79161234502');
  await expect(line).toContainText('Active');
  await line.getByRole('button', { name: 'Change status: +79161234502' }).click();
  const change = page.getByRole('dialog', { name: 'Change status: +79161234502' });
  await change.getByLabel('New status').click();
  await page.getByRole('option', { name: 'Terminated' }).click();
  await change.getByRole('button', { name: 'Change status' }).click();
  await expect(change.getByLabel('New status')).toHaveAttribute('aria-invalid', 'true');
  await expect(change).toContainText('cannot go from "active" to "terminated"');
  await expectNoSeriousViolations(page, 'subscription status form');
  await change.getByLabel('New status').click();
  await page.getByRole('option', { name: 'Suspended' }).click();
  await change.getByLabel('Reason (optional)').fill('Unpaid invoice');
  await change.getByRole('button', { name: 'Change status' }).click();
  await expect(change).toBeHidden();
  await expect(line).toContainText('Suspended');

  // Trouble tickets: filter, open the ticket, reject needs a reason (named by the API), put on hold.
  await nav(page).getByRole('link', { name: 'Trouble tickets' }).click();
  await expect(page.getByRole('heading', { name: 'Trouble tickets' })).toBeVisible();
  await page.locator('.mantine-SegmentedControl-root').getByText('Critical', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Critical' })).toBeChecked();
  const listRow = page.getByTestId('ticket-row-No signal in the harbour office');
  await expect(listRow).toContainText('Baltic Ferries');
  await expectNoSeriousViolations(page, 'trouble tickets');
  await snap(page, 'telecom-tickets-en');
  await listRow.getByRole('link', { name: 'No signal in the harbour office' }).click();
  await expect(page.getByRole('heading', { name: 'No signal in the harbour office' })).toBeVisible();
  await expect(page.getByTestId('ticket-escalation')).toHaveText('0');
  await page.getByRole('button', { name: 'Cancel ticket: No signal in the harbour office' }).click();
  const cancel = page.getByRole('dialog');
  await cancel.getByRole('button', { name: 'Confirm' }).click();
  await expect(cancel.getByLabel('Reason (required)')).toHaveAttribute('aria-invalid', 'true');
  await cancel.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Put on hold: No signal in the harbour office' }).click();
  await page.getByRole('dialog').getByLabel('Reason (optional)').fill('Waiting for the harbour master');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('ticket-status')).toHaveText('Held');
  const history = page.getByTestId('ticket-history');
  await expect(history.locator('tbody tr')).toHaveCount(3);
  await expect(history.locator('tbody tr').last()).toContainText('Waiting for the harbour master');
  await expectNoSeriousViolations(page, 'trouble ticket');
  await snap(page, 'telecom-ticket-en');

  // The catalogue with its lifecycle.
  await nav(page).getByRole('link', { name: 'Product catalog' }).click();
  await expect(page.getByRole('heading', { name: 'Product catalog' })).toBeVisible();
  await expect(page.getByTestId('catalog-table').getByTestId('lifecycle-status').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'catalog');
  await snap(page, 'telecom-catalog-en');

  // A new offering is created "In study" and edited while a draft; a taken name is refused on its field.
  await page.getByRole('button', { name: 'New offering' }).click();
  const editor = page.getByRole('dialog', { name: 'New offering' });
  await editor.getByLabel('Name', { exact: true }).fill('Harbour 20 GB');
  await editor.getByLabel('Description').fill('For port crews');
  await editor.getByLabel('Price name').fill('Monthly fee');
  await editor.getByLabel('Amount (tax included)').fill('450');
  await expectNoSeriousViolations(page, 'offering editor');
  await snap(page, 'telecom-offering-editor-en');
  await editor.getByRole('button', { name: 'Create' }).click();
  await expect(editor).toBeHidden();
  const offeringRow = page.getByTestId('offering-row-Harbour 20 GB');
  await expect(offeringRow.getByTestId('lifecycle-status')).toHaveText('In study');
  await expect(offeringRow).toContainText('450');
  await offeringRow.getByRole('button', { name: 'Edit: Harbour 20 GB' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit: Harbour 20 GB' });
  await edit.getByLabel('Amount (tax included)').fill('490');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(offeringRow).toContainText('490');
  await expect(offeringRow).toContainText('For port crews');
  await page.getByRole('button', { name: 'New offering' }).click();
  await editor.getByLabel('Name', { exact: true }).fill('Harbour 20 GB');
  await editor.getByLabel('Price name').fill('Monthly fee');
  await editor.getByLabel('Amount (tax included)').fill('500');
  await editor.getByRole('button', { name: 'Create' }).click();
  await expect(editor.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText('a product offering named Harbour 20 GB exists already');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toBeHidden();

  // In Russian, then the admin disables the plugin and its screens go.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await page.goto(accountUrl);
  await page.getByRole('tab', { name: 'Телеком' }).click();
  const ruRow = page.getByTestId('telecom-tab').getByTestId('ticket-row-No signal in the harbour office');
  await expect(ruRow.getByTestId('ticket-status')).toHaveText('Приостановлено');
  await expect(ruRow.getByTestId('ticket-severity')).toHaveText('Критическая');
  await expect(ruRow.getByTestId('ticket-sla')).toHaveText(/^Осталось 7 ч \d+ мин$/);
  await snap(page, 'telecom-account-tab-ru');
  // The subscription status form in Russian.
  await page.getByTestId('telecom-tab').getByRole('button', { name: 'Сменить статус: +79161234502' }).click();
  const ruChange = page.getByRole('dialog', { name: 'Сменить статус: +79161234502' });
  await expect(ruChange).toContainText('Сейчас: Приостановлена');
  await expect(ruChange.getByLabel('Новый статус')).toHaveValue('Активна');
  await ruChange.getByRole('button', { name: 'Отмена' }).click();
  await expect(ruChange).toBeHidden();

  await disablePlugin(page, 'telecom');
  await expect(page.getByTestId('plugin-telecom')).toContainText('Выключен');
  await expect(nav(page).getByRole('link', { name: 'Обращения' })).toHaveCount(0);
  await page.goto('/x/telecom/tickets');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await page.goto(accountUrl);
  await expect(page.getByRole('tab', { name: 'Хронология' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Телеком' })).toHaveCount(0);
});
