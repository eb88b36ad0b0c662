import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signUp, snap, uniqueEmail } from './support.js';

async function expectNoSeriousViolations(page: Page, where: string) {
  await page.mouse.move(1300, 840); // away from the link just clicked (hover styles are not the page)
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(serious, where).toEqual([]);
}

const nav = (page: Page) => page.getByRole('navigation');

/** The PDF behind a download link, fetched with the page's session. */
async function expectPdf(page: Page, href: string | null) {
  expect(href).not.toBeNull();
  const res = await page.request.get(href ?? '');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

test('logistics: shipments with stops plan vs actual, routes, documents as PDF, plan vs actual', async ({
  page,
}) => {
  test.slow(); // one long journey through many pages
  await signUp(page, 'Ural Cargo', uniqueEmail('shipments'));
  // A client for the demo shipments, then the admin enables logistics (with its demo data).
  await page.goto('/accounts');
  await page.getByTestId('new-record').click();
  await page.getByRole('dialog').getByLabel('Name').fill('Kama Timber');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  await page.goto('/admin/plugins');
  await page.getByRole('button', { name: 'Enable: Logistics' }).click();
  await page
    .getByRole('dialog', { name: 'Enable Logistics' })
    .getByRole('button', { name: 'Enable' })
    .click();
  await expect(page.getByTestId('plugin-logistics')).toContainText('On');

  // Shipments: the one in transit, its stops plan vs actual, an arrival recorded, the waybill.
  await nav(page).getByRole('link', { name: 'Shipments' }).click();
  await expect(page.getByRole('heading', { name: 'Shipments' })).toBeVisible();
  const row = page.getByTestId('shipment-row-ПЕР-0001');
  await expect(row.getByTestId('shipment-status')).toHaveText('In transit');
  await expectNoSeriousViolations(page, 'shipments');
  await snap(page, 'logistics-shipments-en');
  await row.getByRole('link', { name: 'ПЕР-0001' }).click();
  await expect(page.getByRole('heading', { name: 'ПЕР-0001' })).toBeVisible();
  await expect(page.getByText('Sawn timber, 24 bundles')).toBeVisible();
  const stops = page.getByTestId('shipment-stops');
  await expect(stops.getByTestId('stop-1').getByTestId('stop-status')).toHaveText('Departed');
  await expect(stops.getByTestId('stop-1').getByTestId('stop-deviation')).toHaveText('on time');
  await expect(stops.getByTestId('stop-2').getByTestId('stop-status')).toHaveText('Pending');
  await stops.getByRole('button', { name: /^Arrived: 2\. / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(stops.getByTestId('stop-2').getByTestId('stop-status')).toHaveText('Arrived');
  await expect(stops.getByTestId('stop-2').getByTestId('stop-deviation')).toHaveText(/on time|late|early/);
  await expect(page.getByTestId('shipment-history')).toContainText('Arrived at stop 2');
  // Cancelling without a reason: the API names the field.
  await page.getByRole('button', { name: 'Cancel shipment: ПЕР-0001' }).click();
  const cancel = page.getByRole('dialog');
  await cancel.getByRole('button', { name: 'Confirm' }).click();
  await expect(cancel.getByLabel('Reason for cancelling')).toHaveAttribute('aria-invalid', 'true');
  await cancel.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expectPdf(
    page,
    await page.getByRole('link', { name: 'Download Waybill (PDF)' }).getAttribute('href'),
  );
  await expectNoSeriousViolations(page, 'shipment');
  await snap(page, 'logistics-shipment-en');

  // Routes: the stops in order and each shipment's deviation per stop.
  await nav(page).getByRole('link', { name: 'Routes' }).click();
  await page.getByTestId('route-row-MSK-SPB').getByRole('link', { name: 'MSK-SPB' }).click();
  await expect(page.getByTestId('route-stops').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('route-plan-vs-actual')).toContainText('ПЕР-0001');
  await expectNoSeriousViolations(page, 'route');
  await snap(page, 'logistics-route-en');

  // The contract as a PDF, and the plan vs actual page.
  await nav(page).getByRole('link', { name: 'Contracts', exact: true }).click();
  const contractLink = page
    .getByTestId('contracts-table')
    .getByRole('link', { name: /^Download / })
    .first();
  await expectPdf(page, await contractLink.getAttribute('href'));
  await nav(page).getByRole('link', { name: 'Plan vs actual' }).click();
  await expect(page.getByRole('heading', { name: 'Plan vs actual' })).toBeVisible();
  await expect(page.getByText('No plans cover this day')).toBeVisible();
  await expectNoSeriousViolations(page, 'plan vs actual');

  // In Russian.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await nav(page).getByRole('link', { name: 'Перевозки' }).click();
  await expect(page.getByRole('heading', { name: 'Перевозки' })).toBeVisible();
  await expect(page.getByTestId('shipment-row-ПЕР-0001').getByTestId('shipment-status')).toHaveText('В пути');
  await snap(page, 'logistics-shipments-ru');
});
