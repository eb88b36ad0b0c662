import { expect, test, type Page } from '@playwright/test';
import { enablePlugin, expectNoSeriousViolations, signUp, snap, uniqueEmail } from './support.js';

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
  await enablePlugin(page, 'logistics');
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

  // A new route with ordered stops: a stop planned before the previous one is refused on its field,
  // moving it up puts the stops in order.
  await nav(page).getByRole('link', { name: 'Routes' }).click();
  await page.getByRole('button', { name: 'New route' }).click();
  const routeForm = page.getByRole('dialog', { name: 'New route' });
  await routeForm.getByLabel('Code').fill('EKB-PRM');
  await routeForm.getByLabel('Name').fill('Ekaterinburg – Perm');
  await routeForm.getByTestId('stop-1').getByLabel('Place').fill('Ekaterinburg');
  await routeForm.getByTestId('stop-2').getByLabel('Place').fill('Perm');
  await routeForm.getByTestId('stop-2').getByLabel('Arrival after start, min').fill('360');
  await routeForm.getByRole('button', { name: 'Add a stop' }).click();
  await routeForm.getByTestId('stop-3').getByLabel('Place').fill('Kungur');
  await routeForm.getByTestId('stop-3').getByLabel('Arrival after start, min').fill('200');
  await routeForm.getByRole('button', { name: 'Create' }).click();
  const late = routeForm.getByTestId('stop-3').getByLabel('Arrival after start, min');
  await expect(late).toHaveAttribute('aria-invalid', 'true');
  await expect(routeForm).toContainText('must not be earlier than the previous stop');
  await expectNoSeriousViolations(page, 'new route form');
  await snap(page, 'logistics-route-form-en');
  await routeForm.getByRole('button', { name: 'Move stop 3 up' }).click();
  await expect(routeForm.getByTestId('stop-2').getByLabel('Place')).toHaveValue('Kungur');
  await routeForm.getByRole('button', { name: 'Create' }).click();
  await expect(routeForm).toBeHidden();
  await expect(page.getByTestId('route-row-EKB-PRM')).toContainText('Ekaterinburg → Kungur → Perm');

  // A shipment for the client on that route.
  await nav(page).getByRole('link', { name: 'Shipments' }).click();
  await page.getByRole('button', { name: 'New shipment' }).click();
  const shipmentForm = page.getByRole('dialog', { name: 'New shipment' });
  await shipmentForm.getByLabel('Number').fill('ПЕР-0100');
  await shipmentForm.getByLabel('Client').click();
  await page.getByRole('option', { name: 'Kama Timber' }).click();
  await shipmentForm.getByLabel('Cargo').fill('Pallets of plywood');
  await shipmentForm.getByLabel('Weight, kg').fill('12000');
  await shipmentForm.getByLabel('Route', { exact: true }).click();
  await page.getByRole('option', { name: 'EKB-PRM · Ekaterinburg – Perm' }).click();
  await shipmentForm.getByLabel('Planned start').fill('2026-12-01T08:00');
  await shipmentForm.getByRole('button', { name: 'Create' }).click();
  await expect(shipmentForm).toBeHidden();
  const created = page.getByTestId('shipment-row-ПЕР-0100');
  await expect(created.getByTestId('shipment-status')).toHaveText('Planned');
  await expect(created).toContainText('Ekaterinburg → Perm');

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
  // The admin sets their own plan for this month; it shows against the actual.
  await page.getByRole('button', { name: 'Set a plan' }).click();
  const planForm = page.getByRole('dialog', { name: 'Set a plan' });
  await planForm.getByLabel('Manager').click();
  await page.getByRole('option', { name: 'Anna Petrova' }).click();
  await planForm.getByLabel('Calls, clients').fill('20');
  await planForm.getByLabel('Meetings, prospects').fill('4');
  await planForm.getByRole('button', { name: 'Save the plan' }).click();
  await expect(planForm).toBeHidden();
  await expect(page.getByTestId('plan-row-Anna Petrova')).toContainText(/\d+ of 20/);

  // In Russian.
  await page.goto('/profile');
  await page.getByTestId('language-switch').getByText('Русский').click();
  await nav(page).getByRole('link', { name: 'Перевозки' }).click();
  await expect(page.getByRole('heading', { name: 'Перевозки' })).toBeVisible();
  await expect(page.getByTestId('shipment-row-ПЕР-0001').getByTestId('shipment-status')).toHaveText('В пути');
  await snap(page, 'logistics-shipments-ru');
  // The new shipment form in Russian.
  await page.getByRole('button', { name: 'Новая перевозка' }).click();
  const ruForm = page.getByRole('dialog', { name: 'Новая перевозка' });
  await expect(ruForm.getByLabel('Клиент')).toBeVisible();
  await expect(ruForm.getByRole('radio', { name: 'По маршруту' })).toBeChecked();
  await ruForm.getByRole('button', { name: 'Создать' }).click();
  await expect(ruForm.getByLabel('Номер')).toHaveAttribute('aria-invalid', 'true');
  await ruForm.getByRole('button', { name: 'Отмена' }).click();
  await expect(ruForm).toBeHidden();
});
