import type { sessionsEn } from './sessions.en.js';

/** Russian strings of the profile's list of signed-in devices. */
export const sessionsRu: typeof sessionsEn = {
  title: 'Где выполнен вход',
  thisDevice: 'Это устройство',
  unknownDevice: 'Неизвестное устройство',
  deviceOn: '{{browser}}, {{os}}',
  lastActive: 'Активность: {{when}}',
  signedInAt: 'вход: {{when}}',
  signOut: 'Выйти',
  signOutOthers: 'Выйти на всех других устройствах',
  signedOutOthers: 'Завершено других сеансов: {{count}}',
  onlyThis: 'Вход выполнен только здесь.',
};
