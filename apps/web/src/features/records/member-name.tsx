import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useMembers } from '../../app/session.js';

type Names = ReadonlyMap<string, string>;

const nameOf = (names: Names, userId: string | null | undefined) =>
  userId ? (names.get(userId) ?? '—') : '—';

function useNames(): Names {
  const members = useMembers();
  return useMemo(() => new Map(members.items.map((member) => [member.userId, member.name])), [members.items]);
}

/** A member's name by user id (owners, actors); an em dash when unknown or empty. */
export function useMemberName(): (userId: string | null | undefined) => string {
  const names = useNames();
  return (userId) => nameOf(names, userId);
}

const MemberNames = createContext<Names | null>(null);

/**
 * Resolves member names once for everything inside (a list's rows): each `MemberName` below reads the
 * map from context instead of subscribing to the members query itself, which costs a query observer
 * (and its timers) per row mounted while scrolling.
 */
export function MemberNamesProvider({ children }: { children: ReactNode }) {
  return <MemberNames value={useNames()}>{children}</MemberNames>;
}

function QueriedMemberName({ userId }: { userId: string | null | undefined }) {
  return <>{nameOf(useNames(), userId)}</>;
}

export function MemberName({ userId }: { userId: string | null | undefined }) {
  const names = useContext(MemberNames);
  return names ? <>{nameOf(names, userId)}</> : <QueriedMemberName userId={userId} />;
}
