import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signUp, snap, uniqueEmail } from './support.js';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
}

test('main pages have no serious accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in to your CRM' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await snap(page, 'sign-in');

  await signUp(page, 'Axe Ltd', uniqueEmail('axe'));
  const pages: [string, string][] = [
    ['/', 'Dashboard'],
    ['/contacts', 'Contacts'],
    ['/accounts', 'Accounts'],
    ['/deals', 'Deals'],
    ['/activities', 'Activities'],
    ['/pipeline', 'Pipeline'],
    ['/my-work', 'My work'],
    ['/profile', 'Profile'],
    ['/admin/webhooks', 'Webhooks'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: new RegExp(heading) }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await snap(page, 'profile');
  await page.goto('/my-work');
  await page.waitForLoadState('networkidle');
  await snap(page, 'my-work');
});
