/** What distribution rules match on. */
export interface ClientFacts {
  clientType: 'individual' | 'organisation';
  segment: string | null;
  region: string | null;
  tierId: string;
}

export interface DistributionRuleFacts {
  id: string;
  priority: number;
  clientType: string | null;
  segment: string | null;
  region: string | null;
  tierId: string | null;
  teamId: string | null;
  managerIds: readonly string[];
}

export interface Assignment {
  ruleId: string;
  teamId: string | null;
  managerId: string;
}

/** A rule matches when each of its conditions is empty or equal (segment and region ignore case). */
export function ruleMatches(rule: DistributionRuleFacts, client: ClientFacts): boolean {
  const same = (want: string | null, have: string | null) =>
    want === null || (have !== null && want.toLowerCase() === have.toLowerCase());
  return (
    (rule.clientType === null || rule.clientType === client.clientType) &&
    (rule.tierId === null || rule.tierId === client.tierId) &&
    same(rule.segment, client.segment) &&
    same(rule.region, client.region)
  );
}

/**
 * The first matching rule by priority (lower first, then id) assigns the client to the least loaded
 * of its managers (fewest active clients; ties go to the earlier one in the rule's list), among those
 * that may still take clients (`eligible`: active members, not leaving). Null when no rule matches.
 */
export function chooseManager(
  rules: readonly DistributionRuleFacts[],
  client: ClientFacts,
  load: ReadonlyMap<string, number>,
  eligible: (userId: string) => boolean,
): Assignment | null {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const rule of ordered) {
    if (!ruleMatches(rule, client)) continue;
    let best: string | null = null;
    for (const managerId of rule.managerIds) {
      if (!eligible(managerId)) continue;
      if (best === null || (load.get(managerId) ?? 0) < (load.get(best) ?? 0)) best = managerId;
    }
    if (best !== null) return { ruleId: rule.id, teamId: rule.teamId, managerId: best };
  }
  return null;
}
