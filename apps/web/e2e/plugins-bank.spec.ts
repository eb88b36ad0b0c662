import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, signUp, snap, uniqueEmail } from './support.js';

const nav = (page: Page) => page.getByRole('navigation');

test('the bank plugin: client tab, products, a referral through review, campaigns, a handover form; in Russian; disabled again', async ({
  page,
}) => {
  test.slow(); // one long journey through many pages
  await signUp(page, 'Volga Bank', uniqueEmail('bank'));
  await expect(nav(page).getByRole('link', { name: 'Referrals' })).toHaveCount(0);
  await page.goto('/x/bank/referrals');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // A contact to become a bank client.
  await page.goto('/contacts');
  await page.getByTestId('new-record').click();
  await page.getByLabel('First name').fill('Olga');
  await page.getByLabel('Last name').fill('Smirnova');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const contactUrl = page.url();
  await expect(page.getByRole('tab', { name: 'Bank' })).toHaveCount(0);

  // The admin enables the bank plugin (demo data: tiers, distribution rules, a campaign).
  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Enable: Bank' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enable Bank' });
  await expect(dialog.getByLabel('Default currency')).toHaveValue('RUB');
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('plugin-bank')).toContainText('On');

  // The contact page gains the Bank tab; the demo data made the first contact a client.
  await page.goto(contactUrl);
  await page.getByRole('tab', { name: 'Bank' }).click();
  const client = page.getByTestId('bank-client');
  await expect(client.getByTestId('bank-tier')).not.toBeEmpty();
  await expect(client).toContainText('Contact cadence');
  await expect(client.getByTestId('bank-profitability')).toContainText('Margin');

  // Record a product: a bad balance is refused on its field, then it is recorded.
  await client.getByRole('button', { name: 'Record a product' }).click();
  const product = page.getByRole('dialog', { name: 'Record a product' });
  await product.getByLabel('Number').fill('40817810000000000042');
  await product.getByLabel('Balance').fill('a lot');
  await product.getByRole('button', { name: 'Create' }).click();
  await expect(product.getByLabel('Balance')).toHaveAttribute('aria-invalid', 'true');
  await product.getByLabel('Balance').fill('125000.50');
  await product.getByRole('button', { name: 'Create' }).click();
  await expect(product).toBeHidden();
  const products = client.getByTestId('bank-products');
  await expect(products).toContainText('40817810000000000042');
  await expect(products).toContainText('125,000.50');

  // Refer the client for an overdraft; it starts Submitted and moves to In review.
  await client.getByRole('button', { name: 'Refer the client' }).click();
  const refer = page.getByRole('dialog', { name: 'Refer the client' });
  await refer.getByLabel('Referred for').click();
  await page.getByRole('option', { name: 'Overdraft' }).click();
  await refer.getByLabel('Notes').fill('Seasonal cash gap');
  await refer.getByRole('button', { name: 'Create' }).click();
  await expect(refer).toBeHidden();
  const referral = client.getByTestId('bank-referrals').locator('tr', { hasText: 'Overdraft' });
  await expect(referral.getByTestId('referral-status')).toHaveText('Submitted');
  await referral.getByRole('button', { name: 'Start review: Overdraft' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(referral.getByTestId('referral-status')).toHaveText('In review');
  await expectNoSeriousViolations(page, 'contact bank tab');
  await snap(page, 'bank-client-tab-en');

  // The referrals page, by status: authorize it there; it leaves the In review list.
  await nav(page).getByRole('link', { name: 'Referrals' }).click();
  await expect(page.getByRole('heading', { name: 'Referrals' })).toBeVisible();
  await page.getByTestId('referral-status-filter').getByText('In review', { exact: true }).click();
  const listed = page.getByTestId('bank-referrals').locator('tr', { hasText: 'Overdraft' });
  await expect(listed).toContainText('Olga Smirnova');
  await listed.getByRole('button', { name: 'Authorize: Olga Smirnova, Overdraft' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(listed).toHaveCount(0);
  await page.getByTestId('referral-status-filter').getByText('Authorized', { exact: true }).click();
  await expect(listed.getByTestId('referral-status')).toHaveText('Authorized');
  await expectNoSeriousViolations(page, 'referrals');
  await snap(page, 'bank-referrals-en');

  // Campaigns with the holdout against the target group, and handovers.
  await nav(page).getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Holdout group' })).toBeVisible();
  await expectNoSeriousViolations(page, 'campaigns');
  await snap(page, 'bank-campaigns-en');
  await nav(page).getByRole('link', { name: 'Manager handovers' }).click();
  await expect(page.getByRole('heading', { name: 'Manager handovers' })).toBeVisible();
  await expectNoSeriousViolations(page, 'handovers');
  // Starting a handover picks the departing manager from the members; without a pick the API names the field.
  await page.getByRole('button', { name: 'Start a handover' }).click();
  const start = page.getByRole('dialog', { name: 'Start a handover' });
  await expectNoSeriousViolations(page, 'start handover dialog');
  await start.getByRole('button', { name: 'Start handover' }).click();
  await expect(start.getByRole('combobox', { name: 'Departing manager' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await start.getByRole('button', { name: 'Cancel' }).click();
  await expect(start).toBeHidden();

  // A contact added now is not a client yet: open its relationship plan with a tier.
  await page.goto('/contacts');
  await page.getByTestId('new-record').click();
  await page.getByLabel('First name').fill('Pavel');
  await page.getByLabel('Last name').fill('Orlov');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Bank' }).click();
  await expect(client).toContainText('This client has no relationship plan yet.');
  await client.getByRole('combobox', { name: 'Tier' }).click();
  await page.getByRole('option').first().click();
  await client.getByRole('button', { name: 'Open a relationship plan' }).click();
  await expect(client.getByTestId('bank-tier')).not.toBeEmpty();
  await expect(client.getByTestId('bank-products')).toHaveCount(0);
  await expect(client).toContainText('No products yet');

  // In Russian: the tab speaks Russian, money in the Russian format; then the admin disables the plugin.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await page.goto(contactUrl);
  await page.getByRole('tab', { name: 'Банк' }).click();
  const ruClient = page.getByTestId('bank-client');
  const ruReferral = ruClient.getByTestId('bank-referrals').locator('tr', { hasText: 'Овердрафт' });
  await expect(ruReferral.getByTestId('referral-status')).toHaveText('Одобрено');
  await expect(ruClient.getByTestId('bank-products')).toContainText('125 000,50');
  await snap(page, 'bank-client-tab-ru');
  await page.goto('/x/bank/handovers');
  await page.getByRole('button', { name: 'Начать передачу' }).first().click();
  const startRu = page.getByRole('dialog', { name: 'Начать передачу' });
  await expect(startRu.getByRole('combobox', { name: 'Уходящий менеджер' })).toBeVisible();
  await expect(startRu.getByLabel('Следить за потерей клиентов, дней')).toHaveValue('90');
  await startRu.getByRole('button', { name: 'Отмена' }).click();

  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Отключить: Банк' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отключить' }).click();
  await expect(page.getByTestId('plugin-bank')).toContainText('Выключен');
  await expect(nav(page).getByRole('link', { name: 'Направления' })).toHaveCount(0);
  await page.goto('/x/bank/referrals');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await page.goto(contactUrl);
  await expect(page.getByRole('tab', { name: 'Хронология' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Банк' })).toHaveCount(0);
});
