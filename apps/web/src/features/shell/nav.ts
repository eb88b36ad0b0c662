import type { en } from '../../i18n/en.js';

export interface NavEntry {
  to:
    | '/'
    | '/my-work'
    | '/contacts'
    | '/accounts'
    | '/deals'
    | '/pipeline'
    | '/activities'
    | '/import'
    | '/approvals';
  label: `nav.${keyof typeof en.nav}`;
}

/** The staff pages, in the order the navigation shows them. */
export const mainNav: NavEntry[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/my-work', label: 'nav.myWork' },
  { to: '/contacts', label: 'nav.contacts' },
  { to: '/accounts', label: 'nav.accounts' },
  { to: '/deals', label: 'nav.deals' },
  { to: '/pipeline', label: 'nav.pipeline' },
  { to: '/activities', label: 'nav.activities' },
  { to: '/import', label: 'nav.import' },
  { to: '/approvals', label: 'nav.approvals' },
];

/** The admin sections (`/admin/<section>`); shown to roles that may manage the workspace. */
export const adminSections = [
  'users',
  'teams',
  'roles',
  'pipelines',
  'customFields',
  'tags',
  'apiKeys',
  'webhooks',
  'auditLog',
  'workflows',
  'plugins',
] as const;
export type AdminSection = (typeof adminSections)[number];

export function isAdminSection(value: string): value is AdminSection {
  return (adminSections as readonly string[]).includes(value);
}
