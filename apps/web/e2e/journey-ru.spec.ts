import { expect, test } from '@playwright/test';
import { drag, signUp, snap, uniqueEmail } from './support.js';

test('the same journey in Russian', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Новое рабочее пространство' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await signUp(page, 'ООО Ромашка', uniqueEmail('olga'), {
    workspace: 'Название рабочего пространства',
    name: 'Ваше имя',
    email: 'Эл. почта',
    password: 'Пароль',
    submit: 'Создать рабочее пространство',
  });
  // The workspace speaks the language it was created in: its default pipeline and stages are Russian.
  await expect(page.getByRole('heading', { name: 'Сводка · Продажи' })).toBeVisible();
  await snap(page, 'dashboard-ru');

  await page.getByRole('navigation').getByRole('link', { name: 'Контакты' }).click();
  await expect(page.getByText('Здесь пока ничего нет')).toBeVisible();
  await page.getByTestId('new-record').click();
  await page.getByLabel('Имя').fill('Пётр');
  await page.getByLabel('Фамилия').fill('Иванов');
  await page.getByRole('dialog').getByRole('button', { name: 'Создать' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('tab', { name: 'Хронология' })).toBeVisible();
  await snap(page, 'contact-ru');

  await page.getByRole('navigation').getByRole('link', { name: 'Воронка' }).click();
  await page.getByTestId('new-deal').click();
  await page.getByLabel('Название').fill('Поставка оборудования');
  await page.getByLabel('Сумма').fill('990000,50');
  await page.getByTestId('deal-contact').click();
  await page.getByRole('option', { name: 'Иванов Пётр' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Создать' }).click();
  const first = page.getByTestId('stage-Квалификация');
  await expect(first.getByTestId('deal-card')).toHaveCount(1);
  // Money in the Russian format: non-breaking spaces between groups, comma decimals, the rouble sign.
  await expect(first.getByTestId('deal-card')).toContainText(/990\s000,50\s₽/);
  await drag(page, first.getByTestId('deal-card'), page.getByTestId('stage-Переговоры'));
  await expect(page.getByText('Сделка перенесена на этап «Переговоры»')).toBeVisible();
  await snap(page, 'pipeline-ru');

  await page.getByTestId('stage-Переговоры').getByRole('link', { name: 'Поставка оборудования' }).click();
  await expect(page.getByTestId('timeline')).toContainText(
    'Перенесена с этапа «Квалификация» на «Переговоры»',
  );
  await snap(page, 'deal-ru');
});
