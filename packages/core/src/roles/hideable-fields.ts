import { accountHideableFields } from '../accounts/account.schema.js';
import { activityHideableFields } from '../activities/activity.schema.js';
import type { OwnedSubject, RolePermissions } from '../authz/permissions.js';
import { contactHideableFields } from '../contacts/contact.schema.js';
import { dealHideableFields } from '../deals/deal.schema.js';
import type { FieldIssue } from '../errors/index.js';

/**
 * The fields a role may hide, per record type: the record's own fields listed here and, for
 * accounts, contacts and deals, any custom field by `cf.<key>`.
 */
export const hideableFields = {
  Account: accountHideableFields,
  Contact: contactHideableFields,
  Deal: dealHideableFields,
  Activity: activityHideableFields,
} as const satisfies Record<OwnedSubject, readonly string[]>;

const withCustomFields: readonly string[] = ['Account', 'Contact', 'Deal'];
const customFieldName = /^cf\.[a-z][a-zA-Z0-9_]{0,62}$/;

function isHideable(subject: string, field: string): boolean {
  if (withCustomFields.includes(subject) && customFieldName.test(field)) return true;
  const own: readonly string[] | undefined = Object.entries(hideableFields).find(([s]) => s === subject)?.[1];
  return own?.includes(field) ?? false;
}

/** What is wrong with a role's hidden fields as a tenant admin sets them, each named by its path. */
export function hiddenFieldIssues(permissions: RolePermissions): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [subject, fields] of Object.entries(permissions.hiddenFields ?? {})) {
    fields.forEach((field, index) => {
      if (!isHideable(subject, field))
        issues.push({
          field: `permissions.hiddenFields.${subject}.${index}`,
          message: `${field} is not a field of ${subject} a role may hide`,
        });
    });
  }
  return issues;
}
