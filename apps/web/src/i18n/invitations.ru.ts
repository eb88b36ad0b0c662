import type { invitationsEn } from './invitations.en.js';

/** Russian strings of invitations: the page the invitation e-mail opens, and pending invitations. */
export const invitationsRu: typeof invitationsEn = {
  title: 'Присоединиться к «{{workspace}}»',
  invitedBy: '{{inviter}} приглашает {{email}} в рабочее пространство с ролью «{{role}}».',
  expires: 'Ссылка одноразовая и действует до {{date}}.',
  createAccount: 'Создайте учётную запись, чтобы присоединиться',
  accept: 'Создать учётную запись и присоединиться',
  join: 'Присоединиться',
  signedInAs: 'Вы вошли как {{email}}.',
  otherAccount:
    'Приглашение отправлено на {{email}}. Выйдите и откройте ссылку снова или попросите приглашение на ваш адрес.',
  signInToAccept: 'Учётная запись с этим адресом уже есть: войдите, чтобы присоединиться.',
  signInToJoin: 'Войти и присоединиться',
  invalid:
    'Ссылка приглашения недействительна, уже использована или истекла. Попросите пригласившего отправить новую.',
  toSignIn: 'Перейти ко входу',
  pending: 'Ожидающие приглашения',
  none: 'Нет приглашений, ожидающих ответа.',
  sentBy: 'Отправил',
  expiresAt: 'Действует до',
  resend: 'Отправить снова',
  revoke: 'Отозвать',
  revokeConfirm: 'Отозвать приглашение для {{email}}? Ссылка перестанет работать.',
  revoked: 'Приглашение для {{email}} отозвано',
};
