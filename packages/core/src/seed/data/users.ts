import type { SystemRoleKey } from '../../authz/permissions.js';

/** The people of the demo company: one per system role, two sales reps. */
export interface DemoUser {
  key: 'admin' | 'manager' | 'rep1' | 'rep2' | 'support' | 'marketer' | 'viewer';
  role: SystemRoleKey;
  email: string;
  name: string;
  locale: 'ru' | 'en';
}

export const DEMO_EMAIL_DOMAIN = 'demo.crm.local';

export const demoUsers: readonly DemoUser[] = [
  { key: 'admin', role: 'admin', email: `admin@${DEMO_EMAIL_DOMAIN}`, name: 'Анна Смирнова', locale: 'ru' },
  {
    key: 'manager',
    role: 'sales_manager',
    email: `manager@${DEMO_EMAIL_DOMAIN}`,
    name: 'Дмитрий Козлов',
    locale: 'ru',
  },
  { key: 'rep1', role: 'sales_rep', email: `rep1@${DEMO_EMAIL_DOMAIN}`, name: 'Ольга Петрова', locale: 'ru' },
  { key: 'rep2', role: 'sales_rep', email: `rep2@${DEMO_EMAIL_DOMAIN}`, name: 'James Carter', locale: 'en' },
  {
    key: 'support',
    role: 'support_agent',
    email: `support@${DEMO_EMAIL_DOMAIN}`,
    name: 'Елена Волкова',
    locale: 'ru',
  },
  {
    key: 'marketer',
    role: 'marketer',
    email: `marketing@${DEMO_EMAIL_DOMAIN}`,
    name: 'Emily Brooks',
    locale: 'en',
  },
  {
    key: 'viewer',
    role: 'viewer',
    email: `viewer@${DEMO_EMAIL_DOMAIN}`,
    name: 'Игорь Никитин',
    locale: 'ru',
  },
];

export type DemoUserKey = DemoUser['key'];
