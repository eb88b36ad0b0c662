import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './support.js';

// Push needs NOTIFY across connections: real PostgreSQL (TEST_DATABASE_URL, as under `pnpm test`).
// Embedded PGlite cannot deliver it, the app polls there instead (docs/decisions/live-updates.md).
test.skip(!process.env.TEST_DATABASE_URL, 'server push runs on PostgreSQL; PGlite polls');

/** Below the old 10 s poll: only a push can make it in time. */
const PUSHED_WITHIN_MS = 8_000;

test('a reminder created while My work is open shows in the bell and the overdue list without a reload', async ({
  page,
  baseURL,
}) => {
  await signUp(page, 'Live Co', uniqueEmail('live'));
  await page.getByRole('link', { name: 'My work' }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName('Notifications (0 unread)');
  // The stream is open and pushing: from here nothing polls.
  await expect(bell).toHaveAttribute('data-push', 'live');
  const overdue = page.getByTestId('tasks-overdue');
  await expect(overdue).not.toContainText('Send the offer');

  // A task of mine that falls due in a moment, created elsewhere (the REST API with this session);
  // the worker's reminder sweep (every 3 s in this server) writes its notification.
  const created = await page.request.post('/api/v1/activities', {
    headers: { origin: baseURL ?? '' },
    data: { type: 'task', subject: 'Send the offer', dueAt: new Date(Date.now() + 1_000).toISOString() },
  });
  expect(created.status()).toBe(201);

  await expect(bell).toHaveAccessibleName('Notifications (1 unread)', { timeout: PUSHED_WITHIN_MS });
  await expect(overdue).toContainText('Send the offer', { timeout: PUSHED_WITHIN_MS });
});
