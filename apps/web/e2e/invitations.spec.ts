import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, mailTo, password, signUp, snap, uniqueEmail } from './support.js';

test('an admin invites a field agent by e-mail; the agent joins from the link and sees only what the role allows', async ({
  page,
  browser,
  baseURL,
}) => {
  await signUp(page, 'Restricted Co', uniqueEmail('restricted-admin'));
  // The admin's set-up through the API with this browser's session: a custom field, a custom role that
  // hides it and the phones, and a contact with both filled in.
  const headers = { origin: baseURL ?? '' };
  for (const field of [
    { key: 'salary', label: 'Salary', type: 'number' },
    { key: 'region', label: 'Region', type: 'text' },
  ]) {
    expect(
      (
        await page.request.post('/api/v1/custom-fields', {
          headers,
          data: { objectType: 'contact', ...field },
        })
      ).status(),
    ).toBe(201);
  }
  const role = await page.request.post('/api/v1/roles', {
    headers,
    data: {
      name: 'Field agent',
      permissions: {
        grants: {
          Contact: { actions: ['read', 'update'], scope: 'all' },
          Account: { actions: ['read'], scope: 'all' },
          CustomField: { actions: ['read'], scope: 'all' },
        },
        seesSensitiveFields: false,
        hiddenFields: { Contact: ['phones', 'cf.salary'] },
      },
    },
  });
  expect(role.status()).toBe(201);
  const contact = await page.request.post('/api/v1/contacts', {
    headers,
    data: {
      firstName: 'Ivan',
      lastName: 'Sokolov',
      phones: ['+7 916 555-01-02'],
      customFields: { salary: 250000, region: 'Kazan' },
    },
  });
  expect(contact.status()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  await page.goto(`/contacts/${contactId}`);
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByTestId('custom-field-salary')).toBeVisible();
  await expect(page.getByText('+7 916 555-01-02').first()).toBeVisible();

  // The invitation goes out by e-mail and waits in the list.
  const agentEmail = uniqueEmail('agent');
  await page.goto('/admin/users');
  await page.getByLabel('E-mail').fill(agentEmail);
  await page.getByRole('combobox', { name: 'Role', exact: true }).click();
  await page.getByRole('option', { name: 'Field agent' }).click();
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByText(`Invitation sent to ${agentEmail}`)).toBeVisible();
  const pending = page.getByTestId('pending-invitations');
  await expect(pending.getByRole('row', { name: new RegExp(agentEmail) })).toContainText('Field agent');
  await snap(page, 'admin-pending-invitations');

  const mail = await mailTo(agentEmail);
  expect(mail.headers.subject).toBe('Anna Petrova invited you to Restricted Co');
  const link = /https?:\/\/\S+\/invite\/\S+/.exec(mail.text)?.[0] ?? '';
  expect(link.startsWith(`${baseURL ?? ''}/invite/`)).toBe(true);

  // The agent opens the link in another browser, creates the account and lands in the workspace.
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await agent.goto(link);
  await expect(agent.getByRole('heading', { name: 'Join Restricted Co' })).toBeVisible();
  await expect(agent.getByTestId('invitation-summary')).toHaveText(
    `Anna Petrova invited ${agentEmail} to the workspace as Field agent.`,
  );
  await expectNoSeriousViolations(agent, 'the invitation page');
  await snap(agent, 'invitation');
  await agent.getByRole('button', { name: 'Create the account and join' }).click();
  await expect(agent.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await agent.getByLabel('Your name').fill('Pavel Agent');
  await agent.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await agent.getByRole('button', { name: 'Create the account and join' }).click();
  await expect(agent).toHaveURL(/\/$/);

  // What the role allows: contacts, without the hidden phone and salary; no deals, no administration.
  // The screens ask the server only for what the role may read: not one call is refused.
  const refused: string[] = [];
  agent.on('response', (response) => {
    if (response.status() === 403) refused.push(response.url());
  });
  const nav = agent.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Contacts' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Deals' })).toHaveCount(0);
  await expect(agent.getByTestId('admin-nav')).toHaveCount(0);
  await nav.getByRole('link', { name: 'Contacts' }).click();
  await agent.getByTestId('list-row').filter({ hasText: 'Ivan' }).click();
  await expect(agent).toHaveURL(new RegExp(`/contacts/${contactId}$`));
  await agent.getByRole('tab', { name: 'Details' }).click();
  await expect(agent.getByTestId('custom-field-region')).toContainText('Kazan');
  await expect(agent.getByTestId('custom-field-salary')).toHaveCount(0);
  await expect(agent.getByText('+7 916 555-01-02')).toHaveCount(0);
  await snap(agent, 'contact-as-field-agent');
  await agent.goto('/admin/users');
  await expect(agent.getByTestId('forbidden')).toBeVisible();
  expect(refused).toEqual([]);

  // The link worked once; the admin sees the invitation answered.
  await agent.goto(link);
  await expect(agent.getByRole('alert')).toContainText('invalid, already used or expired');
  await agentContext.close();
  await page.reload();
  await expect(page.getByRole('cell', { name: agentEmail })).toBeVisible();
  await expect(page.getByTestId('pending-invitations').getByText(agentEmail)).toHaveCount(0);
});

test('an admin revokes an invitation and its link stops working', async ({ page, browser }) => {
  await signUp(page, 'Revoking Co', uniqueEmail('revoking-admin'));
  const email = uniqueEmail('revoked');
  await page.goto('/admin/users');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByTestId('pending-invitations')).toContainText(email);
  const link = /https?:\/\/\S+\/invite\/\S+/.exec((await mailTo(email)).text)?.[0] ?? '';
  expect(link).not.toBe('');

  await page.getByRole('button', { name: `Revoke: ${email}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText(`The invitation to ${email} is revoked`)).toBeVisible();
  await expect(page.getByText('No invitation is waiting for an answer.')).toBeVisible();

  const visitor = await browser.newContext();
  const visit = await visitor.newPage();
  await visit.goto(link);
  await expect(visit.getByRole('alert')).toContainText('invalid, already used or expired');
  await visitor.close();
});
