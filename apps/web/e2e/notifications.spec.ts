import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signUp, snap, uniqueEmail } from './support.js';

test('a task falling due shows in the bell without a reload; opening it marks it read', async ({
  page,
  baseURL,
}) => {
  await signUp(page, 'Bell Co', uniqueEmail('bell'));
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName('Notifications (0 unread)');

  // A task of mine due in a few seconds, created elsewhere (the REST API with this browser's session):
  // the page is not reloaded, the bell finds the reminder on its own.
  const created = await page.request.post('/api/v1/activities', {
    headers: { origin: baseURL ?? '' },
    data: { type: 'task', subject: 'Call Ivan back', dueAt: new Date(Date.now() + 3_000).toISOString() },
  });
  expect(created.status()).toBe(201);
  await expect(bell).toHaveAccessibleName('Notifications (1 unread)', { timeout: 30_000 });

  await bell.click();
  const entry = page.getByTestId('notification').first();
  await expect(entry).toContainText('Task due: Call Ivan back');
  await expect(entry).toHaveAttribute('data-unread', 'true');
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="notification-list"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await snap(page, 'notifications-en');

  await entry
    .getByRole('button', { name: /Call Ivan back/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(bell).toHaveAccessibleName('Notifications (0 unread)');
  await bell.click();
  await expect(page.getByTestId('notification').first()).not.toHaveAttribute('data-unread', 'true');
});
