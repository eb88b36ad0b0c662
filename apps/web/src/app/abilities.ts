/**
 * Reads the packed CASL rules of the session (`[actions, subject, ...]`, actions comma-joined) for
 * what the UI shows. The server checks every call regardless; this only hides what would be refused.
 */
export function can(rules: unknown[][], action: string, subject: string): boolean {
  return rules.some((rule) => {
    const [actions, subjects, , inverted] = rule;
    if (inverted === 1 || inverted === true) return false;
    const actionList = typeof actions === 'string' ? actions.split(',') : [];
    const subjectList = typeof subjects === 'string' ? subjects.split(',') : [];
    return (
      (actionList.includes(action) || actionList.includes('manage')) &&
      (subjectList.includes(subject) || subjectList.includes('all'))
    );
  });
}

/** Whether the session may see the administration pages. */
export function canAdminister(rules: unknown[][]): boolean {
  return ['Member', 'Role', 'Pipeline', 'CustomField'].some((subject) => can(rules, 'manage', subject));
}
