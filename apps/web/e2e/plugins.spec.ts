import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, openAdminSection, signUp, snap, uniqueEmail } from './support.js';

const nav = (page: Page) => page.getByRole('navigation');

test('enabling a plugin makes its screens appear; disabling hides them again', async ({ page }) => {
  test.slow(); // one long journey through many pages (three times the default timeout)
  await signUp(page, 'Cargo Lines', uniqueEmail('cargo'));
  await expect(nav(page).getByRole('link', { name: 'Fleet' })).toHaveCount(0);
  await page.goto('/x/logistics/vehicles');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // An account to give a logistics profile later.
  await page.goto('/accounts');
  await page.getByTestId('new-record').click();
  await page.getByRole('dialog').getByLabel('Name').fill('Volga Freight');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  const accountUrl = page.url();
  await expect(page.getByRole('tab', { name: 'Logistics' })).toHaveCount(0);

  // The admin enables logistics with settings; a bad value is refused on its field.
  await openAdminSection(page, 'Plugins', /\/admin\/plugins$/);
  await expect(page.getByTestId('plugin-logistics')).toContainText('Off');
  await expectNoSeriousViolations(page, 'plugins page');
  await snap(page, 'admin-plugins-en');
  await page.getByRole('button', { name: 'Enable: Logistics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enable Logistics' });
  const hours = dialog.getByLabel('Reservation length, hours');
  await expect(hours).toHaveValue('4');
  await hours.fill('0');
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('Must be at least 1');
  await snap(page, 'admin-plugin-settings-en');
  await hours.fill('6');
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('plugin-logistics')).toContainText('On');

  // Its screens appear without a reload: the fleet (seeded), a new vehicle and its moves.
  await nav(page).getByRole('link', { name: 'Fleet' }).click();
  await expect(page).toHaveURL(/\/x\/logistics\/vehicles$/);
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  await expect(page.getByTestId('vehicles-table').locator('tbody tr')).toHaveCount(8);
  await page.getByRole('button', { name: 'Add vehicle' }).click();
  const add = page.getByRole('dialog', { name: 'Add vehicle' });
  await add.getByLabel('Plate number').fill('Е777КХ77');
  await add.getByLabel('Make').fill('Volvo');
  await add.getByLabel('Model').fill('FH 460');
  await add.getByLabel('Payload, kg').fill('18000');
  await add.getByRole('button', { name: 'Create' }).click();
  const row = page.getByTestId('vehicle-row-Е777КХ77');
  await expect(row.getByTestId('vehicle-status')).toHaveText('Free');
  await row.getByRole('button', { name: 'Reserve: Е777КХ77' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(row.getByTestId('vehicle-status')).toHaveText('Reserved');
  await row.getByRole('button', { name: 'Confirm and dispatch: Е777КХ77' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(row.getByTestId('vehicle-status')).toHaveText('In transit');
  await expectNoSeriousViolations(page, 'fleet');
  await snap(page, 'logistics-fleet-en');

  await row.getByRole('link', { name: 'Е777КХ77' }).click();
  await expect(page.getByRole('heading', { name: 'Е777КХ77' })).toBeVisible();
  await page.getByRole('button', { name: 'Block: Е777КХ77' }).click();
  await page.getByRole('dialog').getByLabel('Reason for blocking').fill('Brake inspection');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('vehicle-status')).toHaveText('Blocked');
  const history = page.getByTestId('vehicle-history');
  await expect(history.locator('tbody tr')).toHaveCount(3);
  await expect(history.locator('tbody tr').first()).toContainText('Brake inspection');
  await expectNoSeriousViolations(page, 'vehicle');
  await snap(page, 'logistics-vehicle-en');

  await nav(page).getByRole('link', { name: 'Contracts to renew' }).click();
  await expect(page.getByRole('heading', { name: 'Contracts to renew' })).toBeVisible();
  await expectNoSeriousViolations(page, 'renewals');
  await snap(page, 'logistics-renewals-en');
  await nav(page).getByRole('link', { name: 'Contracts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contracts' })).toBeVisible();
  await expectNoSeriousViolations(page, 'contracts');
  await snap(page, 'logistics-contracts-en');

  // The account page gains the logistics tab.
  await page.goto(accountUrl);
  await page.getByRole('tab', { name: 'Logistics' }).click();
  const profile = page.getByTestId('logistics-profile');
  await profile.getByRole('checkbox', { name: 'Client' }).check();
  await profile.getByLabel('Loads per month', { exact: true }).fill('12');
  await profile.getByLabel('Potential loads per month').fill('40');
  await profile.getByLabel('Other carriers used').fill('Delovye Linii');
  await profile.getByLabel('Other carriers used').press('Enter');
  await profile.getByRole('button', { name: 'Save' }).click();
  await expect(profile).toContainText('Still to win: 28 loads per month');
  await expectNoSeriousViolations(page, 'account logistics tab');
  await snap(page, 'logistics-account-tab-en');

  // In Russian: the module speaks Russian, then the admin disables it.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await nav(page).getByRole('link', { name: 'Автопарк' }).click();
  await expect(page.getByRole('heading', { name: 'Автопарк' })).toBeVisible();
  const ruRow = page.getByTestId('vehicle-row-Е777КХ77');
  await expect(ruRow.getByTestId('vehicle-status')).toHaveText('Заблокирована');
  await ruRow.getByRole('button', { name: 'Разблокировать: Е777КХ77' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
  await expect(ruRow.getByTestId('vehicle-status')).toHaveText('Свободна');
  await snap(page, 'logistics-fleet-ru');

  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Отключить: Логистика' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отключить' }).click();
  await expect(page.getByTestId('plugin-logistics')).toContainText('Выключен');
  await snap(page, 'admin-plugins-ru');
  await expect(nav(page).getByRole('link', { name: 'Автопарк' })).toHaveCount(0);
  await page.goto('/x/logistics/vehicles');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await page.goto(accountUrl);
  await expect(page.getByRole('tab', { name: 'Хронология' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Логистика' })).toHaveCount(0);
});
