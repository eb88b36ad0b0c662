import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drag, signUp, snap, uniqueEmail } from './support.js';

interface Pipeline {
  id: string;
  name: string;
  isDefault: boolean;
  stages: { id: string; name: string; kind: string }[];
}

async function pipelines(page: Page): Promise<Pipeline[]> {
  const res = await page.request.get('/api/v1/pipelines');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: Pipeline[] }).items;
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('an admin renames, reorders (buttons and drag and drop), adds and removes stages, moving deals', async ({
  page,
  baseURL,
}) => {
  await signUp(page, 'Stages Co', uniqueEmail('stages'));
  const [sales] = await pipelines(page);
  if (!sales) throw new Error('no default pipeline');
  const proposal = sales.stages.find((stage) => stage.name === 'Proposal');
  const created = await page.request.post('/api/v1/deals', {
    headers: { origin: baseURL ?? '' },
    data: { title: 'Big deal', pipelineId: sales.id, stageId: proposal?.id },
  });
  expect(created.status()).toBe(201);
  const deal = (await created.json()) as { id: string };

  await page.goto('/admin/pipelines');
  const editor = page.getByTestId(`pipeline-editor-${sales.name}`);
  await expect(editor.getByRole('textbox', { name: 'Stage 1', exact: true })).toHaveValue('Qualification');
  await editor.getByRole('textbox', { name: 'Stage 1', exact: true }).fill('Qualified lead');
  await editor.getByRole('button', { name: 'Move stage 1 down' }).click();
  await expect(editor.getByRole('textbox', { name: 'Stage 2', exact: true })).toHaveValue('Qualified lead');
  // Negotiation (4th) dragged onto Proposal (3rd) by its handle.
  await drag(page, editor.getByRole('button', { name: 'Drag stage 4' }), editor.getByTestId('stage-row-2'));
  await expect(editor.getByRole('textbox', { name: 'Stage 3', exact: true })).toHaveValue('Negotiation');
  await expect(editor.getByRole('textbox', { name: 'Stage 4', exact: true })).toHaveValue('Proposal');
  await editor.getByRole('button', { name: 'Add stage' }).click();

  // An unnamed stage: the server's error shows on that field and nothing is saved.
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('textbox', { name: 'Stage 7', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(editor.getByText('Required', { exact: true })).toBeVisible();
  expect((await pipelines(page))[0]?.stages.map((stage) => stage.name)[0]).toBe('Qualification');
  await editor.getByRole('textbox', { name: 'Stage 7', exact: true }).fill('Demo');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expect
    .poll(async () => (await pipelines(page))[0]?.stages.map((stage) => stage.name))
    .toEqual(['Needs analysis', 'Qualified lead', 'Negotiation', 'Proposal', 'Won', 'Lost', 'Demo']);
  await snap(page, 'admin-pipeline-editor');
  await expectNoSeriousViolations(page);

  // Proposal holds a deal: removing it asks where the deal goes.
  await editor.getByRole('button', { name: 'Remove stage 4' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deals in this stage: 1');
  await dialog.getByRole('button', { name: 'Remove stage' }).click();
  await expect(dialog.getByRole('combobox', { name: "Move this stage's deals to" })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await snap(page, 'admin-pipeline-remove-stage');
  await dialog.getByRole('combobox', { name: "Move this stage's deals to" }).click();
  await page.getByRole('option', { name: 'Negotiation' }).click();
  await dialog.getByRole('button', { name: 'Remove stage' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.getByRole('textbox', { name: 'Stage 4', exact: true })).toHaveValue('Won');
  const negotiation = (await pipelines(page))[0]?.stages.find((stage) => stage.name === 'Negotiation');
  const moved = await page.request.get(`/api/v1/deals/${deal.id}`);
  expect(((await moved.json()) as { stageId: string }).stageId).toBe(negotiation?.id);
});

test('a second pipeline becomes the default; the editor in Russian', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Русский' }).click();
  await signUp(page, 'ООО Этапы', uniqueEmail('etapy'), {
    workspace: 'Название рабочего пространства',
    name: 'Ваше имя',
    email: 'Эл. почта',
    password: 'Пароль',
    submit: 'Создать рабочее пространство',
  });
  await page.goto('/admin/pipelines');
  const form = page.getByTestId('new-pipeline');
  await form.getByLabel('Новая воронка').fill('Партнёры');
  await form.getByLabel('Этап 1').fill('Первый контакт');
  await form.getByLabel('Этап 2').fill('Договор');
  await form.getByLabel('Этап 3').fill('Отказ');
  await form.getByRole('button', { name: 'Создать' }).click();
  const editor = page.getByTestId('pipeline-editor-Партнёры');
  await expect(editor.getByLabel('Название воронки')).toHaveValue('Партнёры');
  // A server error in Russian, on its field: an unnamed stage.
  await editor.getByRole('button', { name: 'Добавить этап' }).click();
  await editor.getByRole('button', { name: 'Сохранить' }).click();
  await expect(editor.getByRole('textbox', { name: 'Этап 4', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(editor.getByText('Обязательное поле')).toBeVisible();
  await editor.getByRole('button', { name: 'Отмена' }).click();
  await editor.getByRole('button', { name: 'Сделать основной' }).click();
  await expect(editor.getByText('По умолчанию')).toBeVisible();
  await expect.poll(async () => (await pipelines(page)).find((p) => p.isDefault)?.name).toBe('Партнёры');
  await editor.getByRole('button', { name: 'Удалить этап 1' }).click();
  await expect(page.getByRole('dialog')).toContainText('Сделок в этапе: 0');
  await snap(page, 'admin-pipelines-ru');
  await expectNoSeriousViolations(page);
});
