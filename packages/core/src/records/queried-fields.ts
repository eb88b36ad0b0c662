import { hiddenFields, type AppAbility, type OwnedSubject } from '../authz/index.js';
import { AppError, type FieldIssue } from '../errors/index.js';

/**
 * Refuses a list query that filters or sorts by a field hidden from the actor's role: which records
 * match, their order and the page cursor would all reveal the field's values. `uses` names, for each
 * query parameter given, the record field it reads; parameters not given are `undefined` and skipped.
 */
export function assertQueriedFieldsVisible(
  ability: AppAbility,
  subject: OwnedSubject,
  uses: Record<string, string | undefined>,
): void {
  const given = Object.entries(uses).filter((use): use is [string, string] => use[1] !== undefined);
  if (given.length === 0) return;
  const hidden = hiddenFields(
    ability,
    subject,
    given.map(([, field]) => field),
  );
  const issues: FieldIssue[] = given
    .filter(([, field]) => hidden.has(field))
    .map(([param]) => ({ field: param, message: 'reads a field hidden from your role' }));
  if (issues.length > 0) throw forbiddenQuery(issues);
}

/** The error of a query reading hidden fields: 403, each parameter named. */
export function forbiddenQuery(issues: FieldIssue[]): AppError {
  return new AppError(
    'FORBIDDEN',
    `You may not filter or sort by fields hidden from your role: ${issues.map((i) => i.field).join(', ')}`,
    { fields: issues },
  );
}
