/**
 * The permission registry: what can be done to what, and the roles every tenant starts with.
 * A role grants, per subject, a set of actions and a scope (own records, the team's, or all).
 */
export const subjects = [
  'Account',
  'Contact',
  'Deal',
  'Activity',
  'Pipeline',
  'Tag',
  'CustomField',
  'Member',
  'Team',
  'Role',
  'ApiKey',
  'AuditLog',
  'Import',
  'Plugin',
  /** Workflow definitions, their versions, runs and templates: managed by tenant admins only. */
  'Workflow',
  /** Outgoing webhook subscriptions and their delivery log: managed by tenant admins only. */
  'Webhook',
] as const;
export type Subject = (typeof subjects)[number];

export const actions = [
  'read',
  'create',
  'update',
  'delete',
  'export',
  'import',
  'assign',
  'manage',
] as const;
export type Action = (typeof actions)[number];

export const scopes = ['own', 'team', 'all'] as const;
export type Scope = (typeof scopes)[number];

/** Subjects whose records have an owner, so that a scope narrower than `all` means something. */
export const ownedSubjects = ['Account', 'Contact', 'Deal', 'Activity'] as const satisfies readonly Subject[];
export type OwnedSubject = (typeof ownedSubjects)[number];

export interface SubjectGrant {
  actions: Action[];
  scope: Scope;
}

export interface RolePermissions {
  grants: Partial<Record<Subject, SubjectGrant>>;
  /** Whether custom fields marked sensitive are visible to this role. */
  seesSensitiveFields: boolean;
  /** Further fields hidden from this role, per subject (e.g. `Deal: ['amount']`). */
  hiddenFields?: Partial<Record<Subject, string[]>>;
}

export const systemRoleKeys = [
  'admin',
  'sales_manager',
  'sales_rep',
  'support_agent',
  'marketer',
  'viewer',
] as const;
export type SystemRoleKey = (typeof systemRoleKeys)[number];

const crud: Action[] = ['read', 'create', 'update', 'delete'];
const all = (acts: Action[]): SubjectGrant => ({ actions: acts, scope: 'all' });

export const systemRoles = {
  admin: {
    name: 'Tenant admin',
    permissions: {
      grants: Object.fromEntries(subjects.map((s) => [s, all([...actions])])),
      seesSensitiveFields: true,
    },
  },
  sales_manager: {
    name: 'Sales manager',
    permissions: {
      grants: {
        Account: { actions: [...crud, 'export', 'import', 'assign'], scope: 'team' },
        Contact: { actions: [...crud, 'export', 'import', 'assign'], scope: 'team' },
        Deal: { actions: [...crud, 'export', 'import', 'assign'], scope: 'team' },
        Activity: { actions: [...crud, 'assign'], scope: 'team' },
        Pipeline: all(['read']),
        Tag: all(['read', 'create']),
        CustomField: all(['read']),
        Member: all(['read']),
        Team: all(['read']),
        Import: all(['read', 'create']),
      },
      seesSensitiveFields: true,
    },
  },
  sales_rep: {
    name: 'Sales rep',
    permissions: {
      grants: {
        Account: { actions: ['read', 'create', 'update'], scope: 'own' },
        Contact: { actions: ['read', 'create', 'update'], scope: 'own' },
        Deal: { actions: ['read', 'create', 'update'], scope: 'own' },
        Activity: { actions: crud, scope: 'own' },
        Pipeline: all(['read']),
        Tag: all(['read']),
        CustomField: all(['read']),
        Member: all(['read']),
        Team: all(['read']),
      },
      seesSensitiveFields: false,
    },
  },
  support_agent: {
    name: 'Support agent',
    permissions: {
      grants: {
        Account: all(['read']),
        Contact: all(['read', 'update']),
        Deal: all(['read']),
        Activity: { actions: crud, scope: 'own' },
        Pipeline: all(['read']),
        Tag: all(['read']),
        CustomField: all(['read']),
        Member: all(['read']),
        Team: all(['read']),
      },
      seesSensitiveFields: false,
      hiddenFields: { Deal: ['amount'] },
    },
  },
  marketer: {
    name: 'Marketer',
    permissions: {
      grants: {
        Account: all(['read', 'export']),
        Contact: all(['read', 'create', 'update', 'export', 'import']),
        Deal: all(['read']),
        Activity: { actions: ['read', 'create'], scope: 'all' },
        Pipeline: all(['read']),
        Tag: all(['read', 'create', 'update']),
        CustomField: all(['read']),
        Member: all(['read']),
        Team: all(['read']),
        Import: all(['read', 'create']),
      },
      seesSensitiveFields: false,
    },
  },
  viewer: {
    name: 'Read-only',
    permissions: {
      grants: Object.fromEntries(
        (
          [
            'Account',
            'Contact',
            'Deal',
            'Activity',
            'Pipeline',
            'Tag',
            'CustomField',
            'Member',
            'Team',
          ] as const
        ).map((s) => [s, all(['read'])]),
      ),
      seesSensitiveFields: false,
    },
  },
} satisfies Record<SystemRoleKey, { name: string; permissions: RolePermissions }>;
