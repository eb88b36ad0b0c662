import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAdminSection, signUp, snap, uniqueEmail } from './support.js';

// A tenant admin subscribes a loopback receiver (started here; the e2e server allows loopback
// webhooks only), sends a test event and sees its delivery succeed, signed with the secret shown once.

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let receiver: Server;
let receiverUrl: string;

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crm-events`;
});
test.afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  // Each violation with the elements it names, so that a failure says where to look.
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an admin subscribes a webhook, sends a test event and sees it delivered', async ({ page }) => {
  await signUp(page, 'Hooks Co', uniqueEmail('hooks'));
  await openAdminSection(page, 'Webhooks', /\/admin\/webhooks$/);
  const form = page.getByTestId('new-webhook');

  // A private address is refused at save time, next to the URL field.
  await form.getByLabel('Endpoint URL').fill('http://10.1.2.3/hook');
  await form.getByRole('button', { name: 'Create webhook' }).click();
  await expect(form.getByText(/private or internal address/)).toBeVisible();

  await form.getByLabel('Endpoint URL').fill(receiverUrl);
  await form.getByLabel('Description').fill('ERP sync');
  await form.getByRole('checkbox', { name: 'Deals: stage changed' }).check();
  await form.getByRole('button', { name: 'Create webhook' }).click();
  const secret = (await page.getByTestId('webhook-secret-value').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^whsec_/);
  const row = page.getByTestId('webhook-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('deal.stage_changed');
  await expect(row).not.toContainText(secret);
  await snap(page, 'admin-webhooks');

  await row.getByRole('button', { name: 'Send test event' }).click();
  const delivery = page.getByTestId('webhook-delivery');
  await expect(delivery).toHaveCount(1);
  await expect(delivery).toContainText('webhook.test');
  await expect(delivery.getByText('Succeeded')).toBeVisible({ timeout: 20_000 });
  await expect(delivery).toContainText('200');
  expect(received).toHaveLength(1);
  const [call] = received;
  const timestamp = String(call?.headers['x-crm-timestamp']);
  const expected = createHmac('sha256', secret)
    .update(`${timestamp}.${call?.body ?? ''}`)
    .digest('hex');
  expect(call?.headers['x-crm-signature']).toBe(`sha256=${expected}`);
  expect(JSON.parse(call?.body ?? '{}')).toMatchObject({ type: 'webhook.test' });
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByTestId('webhook-secret')).toHaveCount(0);

  // Edit: the dialog refuses a private address on the URL field, then saves new events and description.
  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByTestId('edit-webhook');
  await expect(edit.getByLabel('Endpoint URL')).toHaveValue(receiverUrl);
  await expect(edit.getByRole('checkbox', { name: 'Deals: stage changed' })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await edit.getByLabel('Endpoint URL').fill('http://169.254.169.254/latest');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText(/private or internal address/)).toBeVisible();
  await edit.getByLabel('Endpoint URL').fill(receiverUrl);
  await edit.getByLabel('Description').fill('ERP sync v2');
  await edit.getByRole('checkbox', { name: 'Deals: stage changed' }).uncheck();
  await edit.getByRole('checkbox', { name: 'Contacts: deleted' }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText('contact.deleted');
  await expect(row).toContainText('ERP sync v2');
  await expect(row).not.toContainText('deal.stage_changed');
  await snap(page, 'admin-webhooks-deliveries');
  expect(await seriousViolations(page)).toEqual([]);

  // The same screen in Russian.
  await page.evaluate(() => {
    localStorage.setItem('crm.language', 'ru');
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: /Вебхуки/ })).toBeVisible();
  await page.getByTestId('webhook-row').getByRole('button', { name: 'Доставки' }).click();
  await expect(page.getByTestId('webhook-delivery').getByText('Доставлено')).toBeVisible();

  // Delete, after confirming.
  await page.getByTestId('webhook-row').getByRole('button', { name: 'Удалить' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).click();
  await expect(page.getByText('Вебхуков пока нет.')).toBeVisible();
});
