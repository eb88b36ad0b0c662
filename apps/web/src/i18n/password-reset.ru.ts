import type { passwordResetEn } from './password-reset.en.js';

/** Russian strings of the forgotten-password pages. */
export const passwordResetRu: typeof passwordResetEn = {
  forgot: 'Забыли пароль?',
  requestTitle: 'Сброс пароля',
  requestHint: 'Укажите адрес эл. почты учётной записи: мы пришлём ссылку для нового пароля.',
  send: 'Отправить ссылку',
  sent: 'Если учётная запись для {{email}} существует, ссылка для нового пароля уже отправлена. Она одноразовая и действует час.',
  resetTitle: 'Новый пароль',
  newPassword: 'Новый пароль',
  save: 'Сохранить пароль и войти',
  signsOutElsewhere: 'После смены пароля все другие устройства выйдут из учётной записи.',
  invalid: 'Ссылка для сброса пароля недействительна, уже использована или истекла. Запросите новую.',
  askAgain: 'Запросить новую ссылку',
  backToSignIn: 'Вернуться ко входу',
};
