import { expect, test, type Browser, type Page } from '@playwright/test';
import { mailTo, password, signUp, uniqueEmail } from './support.js';

/** Joins the workspace from the invitation e-mail to `email`, in a browser of its own. */
async function joinFromMail(browser: Browser, email: string, name: string): Promise<Page> {
  const link = /https?:\/\/\S+\/invite\/\S+/.exec((await mailTo(email)).text)?.[0] ?? '';
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create the account and join' }).click();
  await expect(page).toHaveURL(/\/$/);
  return page;
}

/**
 * Opens every page of the navigation and returns the calls the server refused (403) and the pages that
 * showed an error instead of their content.
 */
async function walkTheNavigation(page: Page): Promise<{ refused: string[]; broken: string[] }> {
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 403) refused.push(new URL(response.url()).pathname);
  });
  const nav = page.getByRole('navigation');
  // The navigation renders with the session: wait for it before reading its links.
  await expect(nav.getByRole('link', { name: 'My work' })).toBeVisible();
  const links = await nav
    .getByRole('link')
    .evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => href.startsWith('/')),
    );
  // Dashboard, My work, the record lists, pipeline, activities, approvals at least.
  expect(links.length).toBeGreaterThan(7);
  const broken: string[] = [];
  for (const href of links) {
    await page.goto(href);
    await page.waitForLoadState('networkidle');
    if (
      (await page.getByTestId('error-state').count()) > 0 ||
      (await page.getByTestId('forbidden').count()) > 0
    )
      broken.push(href);
  }
  return { refused, broken };
}

test('a sales rep and a sales manager, invited by e-mail, do their day without a refused call', async ({
  page,
  browser,
  baseURL,
}) => {
  await signUp(page, 'Team Co', uniqueEmail('team-admin'));
  const headers = { origin: baseURL ?? '' };
  const rep = uniqueEmail('rep');
  const manager = uniqueEmail('manager');
  for (const [email, roleKey] of [
    [rep, 'sales_rep'],
    [manager, 'sales_manager'],
  ] as const) {
    const sent = await page.request.post('/api/v1/invitations', { headers, data: { email, roleKey } });
    expect(sent.status()).toBe(201);
  }

  const repPage = await joinFromMail(browser, rep, 'Roman Rep');
  const repNav = repPage.getByRole('navigation');
  for (const name of ['Contacts', 'Accounts', 'Deals', 'Pipeline', 'Activities', 'My work'])
    await expect(repNav.getByRole('link', { name })).toBeVisible();
  await expect(repPage.getByTestId('admin-nav')).toHaveCount(0);
  // The rep creates a contact from the list, as on any day.
  await repNav.getByRole('link', { name: 'Contacts' }).click();
  await repPage.getByTestId('new-record').click();
  await repPage.getByRole('dialog').getByLabel('First name').fill('Vera');
  await repPage.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(repPage).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  expect(await walkTheNavigation(repPage)).toEqual({ refused: [], broken: [] });

  const managerPage = await joinFromMail(browser, manager, 'Maria Manager');
  expect(await walkTheNavigation(managerPage)).toEqual({ refused: [], broken: [] });
});
