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
  /** What the role needs for the page to be of use; without it the entry is not shown. */
  needs?: { action: 'read' | 'create'; subject: 'Contact' | 'Account' | 'Deal' | 'Activity' | 'Import' };
}

/** The staff pages, in the order the navigation shows them. */
export const mainNav: NavEntry[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/my-work', label: 'nav.myWork' },
  { to: '/contacts', label: 'nav.contacts', needs: { action: 'read', subject: 'Contact' } },
  { to: '/accounts', label: 'nav.accounts', needs: { action: 'read', subject: 'Account' } },
  { to: '/deals', label: 'nav.deals', needs: { action: 'read', subject: 'Deal' } },
  { to: '/pipeline', label: 'nav.pipeline', needs: { action: 'read', subject: 'Deal' } },
  { to: '/activities', label: 'nav.activities', needs: { action: 'read', subject: 'Activity' } },
  { to: '/import', label: 'nav.import', needs: { action: 'create', subject: 'Import' } },
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
