/** English strings of the profile's list of signed-in devices. */
export const sessionsEn = {
  title: 'Where you are signed in',
  thisDevice: 'This device',
  unknownDevice: 'Unknown device',
  deviceOn: '{{browser}} on {{os}}',
  lastActive: 'Last active {{when}}',
  signedInAt: 'signed in {{when}}',
  signOut: 'Sign out',
  signOutOthers: 'Sign out everywhere else',
  signedOutOthers: 'Signed out of {{count}} other sessions',
  onlyThis: 'You are signed in only here.',
};
