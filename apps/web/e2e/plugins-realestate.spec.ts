import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, signUp, snap, uniqueEmail } from './support.js';

const nav = (page: Page) => page.getByRole('navigation');

test('the real-estate plugin: objects with filters, status moves, a showing, buyer tab; in Russian; disabled again', async ({
  page,
}) => {
  test.slow(); // one long journey through many pages
  await signUp(page, 'Arbat Realty', uniqueEmail('realty'));
  await expect(nav(page).getByRole('link', { name: 'Property objects' })).toHaveCount(0);
  await page.goto('/x/realestate/properties');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // A contact: the demo data makes the first contact a buyer with a requirement.
  await page.goto('/contacts');
  await page.getByTestId('new-record').click();
  await page.getByLabel('First name').fill('Irina');
  await page.getByLabel('Last name').fill('Volkova');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const contactUrl = page.url();
  await expect(page.getByRole('tab', { name: 'Real estate' })).toHaveCount(0);

  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Enable: Real estate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enable Real estate' });
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('plugin-realestate')).toContainText('On');

  // The objects list (seeded), filtered by the RESO StandardStatus.
  await nav(page).getByRole('link', { name: 'Property objects' }).click();
  await expect(page.getByRole('heading', { name: 'Property objects' })).toBeVisible();
  const table = page.getByTestId('properties-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Listing status' }).click();
  await page.getByRole('option', { name: 'Active', exact: true }).click();
  await expect(table.getByTestId('listing-status').first()).toHaveText('Active');
  await expect(table.getByTestId('listing-status').filter({ hasNotText: /^Active$/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'objects');
  await snap(page, 'realestate-objects-en');

  // A new object: a floor above the building's storeys is refused on its field, then it is taken in.
  await page.getByRole('button', { name: 'Add object' }).click();
  const add = page.getByRole('dialog', { name: 'Add object' });
  await add.getByLabel('Address').fill('Moscow, Tverskaya st., 7');
  await add.getByLabel('City').fill('Moscow');
  await add.getByLabel('Unit').fill('41');
  await add.getByLabel('List price').fill('24500000');
  await add.getByLabel('Living area').fill('61.5');
  await add.getByLabel('Floor').fill('12');
  await add.getByLabel('Storeys in the building').fill('9');
  await add.getByRole('button', { name: 'Create' }).click();
  await expect(add.getByLabel('Floor')).toHaveAttribute('aria-invalid', 'true');
  await add.getByLabel('Floor').fill('5');
  await add.getByRole('button', { name: 'Create' }).click();
  await expect(add).toBeHidden();
  await page.goto('/x/realestate/properties'); // the filters start over
  await page.getByLabel('Search by address or listing number').fill('Tverskaya st., 7');
  const row = table.locator('tbody tr', { hasText: 'Tverskaya st., 7' });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').click();

  // Its page: listing status and verification moves, history, a showing confirmed.
  await expect(page.getByText('Moscow, Tverskaya st., 7')).toBeVisible();
  const listing = page.getByTestId('listing-status');
  if ((await listing.textContent()) !== 'Active') {
    await page.getByRole('button', { name: 'Status: Active' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect(listing).toHaveText('Active');
  }
  await page.getByRole('button', { name: 'Verification: Verifying' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('verification-status')).toHaveText('Verifying');
  await expect(page.getByTestId('property-history').locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'Book a showing' }).click();
  await page.getByRole('dialog', { name: 'Book a showing' }).getByRole('button', { name: 'Create' }).click();
  const showing = page.getByTestId('showings-table').locator('tbody tr').first();
  await expect(showing.getByTestId('showing-status')).toHaveText('Pending');
  await showing.getByRole('button', { name: /^Confirm: / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(showing.getByTestId('showing-status')).toHaveText('Confirmed');
  const propertyUrl = page.url();
  await expectNoSeriousViolations(page, 'object');
  await snap(page, 'realestate-object-en');

  await nav(page).getByRole('link', { name: 'Showings' }).click();
  await expect(page.getByRole('heading', { name: 'Showings' })).toBeVisible();
  await expect(page.getByTestId('showings-table')).toContainText('Tverskaya st., 7');
  await expectNoSeriousViolations(page, 'showings');

  // The contact page gains the buyer-requirements tab.
  await page.goto(contactUrl);
  await page.getByRole('tab', { name: 'Real estate' }).click();
  await expect(page.getByTestId('buyer-requirement').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'contact real-estate tab');
  await snap(page, 'realestate-contact-tab-en');

  // In Russian, then the admin disables the plugin.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await page.goto(propertyUrl);
  await expect(page.getByTestId('listing-status')).toHaveText('В продаже');
  await expect(page.getByTestId('verification-status')).toHaveText('Проверяется');
  await expect(page.getByRole('heading', { name: 'Показы' })).toBeVisible();
  await snap(page, 'realestate-object-ru');
  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Отключить: Недвижимость' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отключить' }).click();
  await expect(page.getByTestId('plugin-realestate')).toContainText('Выключен');
  await expect(nav(page).getByRole('link', { name: 'Объекты недвижимости' })).toHaveCount(0);
  await page.goto(propertyUrl);
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await page.goto(contactUrl);
  await expect(page.getByRole('tab', { name: 'Хронология' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Недвижимость' })).toHaveCount(0);
});

test('real estate: duplicate review and merge, the district dictionary, editing a buyer requirement; in Russian', async ({
  page,
}) => {
  test.slow(); // a journey through several screens
  await signUp(page, 'Presnya Realty', uniqueEmail('realty-forms'));
  // A contact first: the demo data makes it a buyer with a requirement.
  await page.goto('/contacts');
  await page.getByTestId('new-record').click();
  await page.getByLabel('First name').fill('Pavel');
  await page.getByLabel('Last name').fill('Sokolov');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const contactUrl = page.url();
  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Enable: Real estate' }).click();
  const enable = page.getByRole('dialog', { name: 'Enable Real estate' });
  await enable.getByRole('button', { name: 'Enable' }).click();
  await expect(enable).toBeHidden();

  // The duplicate review queue (the demo data takes one flat in twice): a pair merged there.
  await nav(page).getByRole('link', { name: 'Duplicate review' }).click();
  await expect(page.getByRole('heading', { name: 'Duplicate review' })).toBeVisible();
  const pairs = page.getByTestId('duplicate-pair');
  await expect(pairs.first()).toBeVisible();
  const openPairs = await pairs.count();
  await expectNoSeriousViolations(page, 'duplicate review');
  await snap(page, 'realestate-duplicates-en');
  await pairs.first().getByRole('button', { name: 'Merge' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge duplicate objects' });
  await merge.getByLabel('Note (optional)').fill('Same flat, owner confirmed by phone');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByText(/merged into/)).toBeVisible();
  await expect.poll(() => pairs.count()).toBeLessThan(openPairs);

  // The district dictionary: a taken name refused on its field, then added, renamed, taken out of use.
  await nav(page).getByRole('link', { name: 'Districts' }).click();
  await expect(page.getByRole('heading', { name: 'Districts' })).toBeVisible();
  await expect(page.getByTestId('districts-table').locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'Add district' }).click();
  const addDistrict = page.getByRole('dialog', { name: 'Add district' });
  await addDistrict.getByRole('textbox', { name: 'Name', exact: true }).fill('Arbat');
  await addDistrict.getByLabel('City').fill('Moscow');
  await addDistrict.getByRole('button', { name: 'Create' }).click();
  await expect(addDistrict.getByRole('textbox', { name: 'Name', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(addDistrict.getByText('already names the district Arbat')).toBeVisible();
  await addDistrict.getByRole('textbox', { name: 'Name', exact: true }).fill('Sokol');
  await addDistrict.getByRole('button', { name: 'Create' }).click();
  await expect(addDistrict).toBeHidden();
  await page.getByRole('button', { name: 'Rename: Sokol' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Sokol' });
  await rename.getByRole('textbox', { name: 'Name', exact: true }).fill('Sokolniki');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename).toBeHidden();
  await page.getByRole('button', { name: 'Take out of use: Sokolniki' }).click();
  await expect(page.getByTestId('district-row-Sokolniki')).toHaveCount(0);
  await page.getByLabel('Show districts out of use').check();
  await expect(page.getByTestId('district-row-Sokolniki').getByTestId('district-state')).toHaveText(
    'Out of use',
  );
  await expectNoSeriousViolations(page, 'districts');
  await snap(page, 'realestate-districts-en');

  // The contact's requirements tab.
  await page.goto(contactUrl);
  await page.getByRole('tab', { name: 'Real estate' }).click();
  await expect(page.getByTestId('buyer-requirement').first()).toBeVisible();

  // Editing a requirement: a price range upside down is refused on its field, then saved.
  await page
    .getByRole('button', { name: /^Edit requirement: / })
    .first()
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit requirement' });
  await edit.getByLabel('Price from').fill('20000000');
  await edit.getByLabel('Price up to').fill('1000000');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByLabel('Price up to')).toHaveAttribute('aria-invalid', 'true');
  await edit.getByLabel('Price up to').fill('90000000');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(/^Requirement .+ saved$/)).toBeVisible();

  // In Russian: the district form.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await page.goto('/x/realestate/districts');
  await expect(page.getByRole('heading', { name: 'Районы' })).toBeVisible();
  await page.getByRole('button', { name: 'Добавить район' }).click();
  const addRu = page.getByRole('dialog', { name: 'Добавить район' });
  await expect(addRu.getByRole('textbox', { name: 'Название', exact: true })).toBeVisible();
  await expect(addRu.getByLabel('Другие названия (синонимы)')).toBeVisible();
  await snap(page, 'realestate-district-form-ru');
  await addRu.getByRole('button', { name: 'Отмена' }).click();
});
