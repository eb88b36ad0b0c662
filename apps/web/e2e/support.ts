import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { CapturedMail } from '@crm/core/testing';
import { expect, type Locator, type Page } from '@playwright/test';

/** Screenshots of key pages, kept after the run: apps/web/e2e-artifacts/screenshots (gitignored). */
export const screenshotDir = fileURLToPath(new URL('../e2e-artifacts/screenshots', import.meta.url));
mkdirSync(screenshotDir, { recursive: true });

export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * axe (WCAG 2 A/AA) finds no serious or critical violation on the page as it is now; `where` names the
 * screen in the failure. The pointer moves away first (hover styles of the link just clicked are not
 * the page) and the network settles (lists still loading are not the page either).
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  await page.mouse.move(1300, 840);
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(serious, where).toEqual([]);
}

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}@e2e.test`;
}

export const password = 'correct horse battery staple 42';

export interface SignUpLabels {
  workspace: string | RegExp;
  name: string | RegExp;
  email: string | RegExp;
  password: string | RegExp;
  submit: string | RegExp;
}

export const englishSignUp: SignUpLabels = {
  workspace: 'Workspace name',
  name: 'Your name',
  email: 'E-mail',
  password: 'Password',
  submit: 'Create a workspace',
};

/** Signs up a new workspace through the form and waits for the dashboard. */
export async function signUp(
  page: Page,
  workspace: string,
  email: string,
  labels: SignUpLabels = englishSignUp,
): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel(labels.workspace).fill(workspace);
  await page.getByLabel(labels.name).fill('Anna Petrova');
  await page.getByLabel(labels.email).fill(email);
  await page.getByRole('textbox', { name: labels.password, exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** Drags with real pointer events, in steps, as dnd-kit's pointer sensor needs. */
export async function drag(
  page: Page,
  from: ReturnType<Page['locator']>,
  to: ReturnType<Page['locator']>,
): Promise<void> {
  // On a loaded machine the pointer sensor may miss the press (the board re-rendering under it) and the
  // browser selects text instead: then let go and drag again, as a user would.
  for (let attempt = 1; ; attempt += 1) {
    await from.scrollIntoViewIfNeeded();
    await expect(from).toBeVisible();
    const source = await from.boundingBox();
    const target = await to.boundingBox();
    if (!source || !target) throw new Error('drag: an element is not visible');
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(source.x + source.width / 2 + 12, source.y + source.height / 2 + 12, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 20 });
    try {
      await expect(to).toHaveAttribute('data-over', 'true', { timeout: attempt < 3 ? 4_000 : 10_000 });
      break;
    } catch (error) {
      await page.mouse.up();
      if (attempt >= 3) throw error;
    }
  }
  await page.mouse.up();
}

/**
 * Opens the admin section whose navigation link is named `link` and waits for its URL (`/admin/<path>`
 * or a plugin's admin page). The section unfolds with an animation while the shell may still re-render:
 * a click that lands on a link moving under the pointer is clicked again, as a user would.
 */
export async function openAdminSection(page: Page, link: string, url: RegExp): Promise<void> {
  const nav = page.getByRole('navigation');
  const target = nav.getByRole('link', { name: link, exact: true });
  await expect(async () => {
    // A click that landed on the section's own toggle folded it again: unfold it.
    if (!(await target.isVisible())) await nav.getByTestId('admin-nav').click();
    await target.click({ timeout: 3_000 });
    await expect(page).toHaveURL(url, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Enables plugin `id` as the tenant admin on /admin/plugins, in any UI language: the plugin's card has
 * one button while it is off (Enable), which opens its settings dialog; `configure` may check or fill
 * the settings before the dialog is submitted. Waits until the card shows the enabled plugin's two
 * buttons (Settings, Disable).
 */
export async function enablePlugin(
  page: Page,
  id: string,
  options: { configure?: (dialog: Locator) => Promise<void> } = {},
): Promise<void> {
  await page.goto('/admin/plugins');
  const card = page.getByTestId(`plugin-${id}`);
  await expect(card.getByRole('button')).toHaveCount(1);
  await card.getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await options.configure?.(dialog);
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog).toBeHidden();
  await expect(card.getByRole('button')).toHaveCount(2);
}

/** Disables plugin `id` as the tenant admin on /admin/plugins (its card's second button, confirmed). */
export async function disablePlugin(page: Page, id: string): Promise<void> {
  await page.goto('/admin/plugins');
  const card = page.getByTestId(`plugin-${id}`);
  await expect(card.getByRole('button')).toHaveCount(2);
  await card.getByRole('button').nth(1).click();
  const confirm = page.getByRole('dialog');
  // The confirmation's last button is its confirm button (after Cancel).
  await confirm.getByRole('button').last().click();
  await expect(confirm).toBeHidden();
  await expect(card.getByRole('button')).toHaveCount(1);
}

/**
 * The newest e-mail to `address` that the e2e server sent, from the capturing SMTP server of the
 * global setup (one JSON file per message in E2E_MAIL_DIR). Waits for it up to 15 s.
 */
export async function mailTo(address: string): Promise<CapturedMail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: the global setup starts the mail catcher');
  let found: CapturedMail | undefined;
  await expect
    .poll(
      () => {
        const files = existsSync(dir) ? readdirSync(dir).sort().reverse() : [];
        found = files
          .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as CapturedMail)
          .find((mail) => mail.to.includes(address));
        return found !== undefined;
      },
      { timeout: 15_000, message: `an e-mail to ${address}` },
    )
    .toBe(true);
  if (!found) throw new Error(`no e-mail to ${address}`);
  return found;
}
