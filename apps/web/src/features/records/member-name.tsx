import { useMemo } from 'react';
import { useMembers } from '../../app/session.js';

/** A member's name by user id (owners, actors); an em dash when unknown or empty. */
export function useMemberName(): (userId: string | null | undefined) => string {
  const members = useMembers();
  const names = useMemo(
    () => new Map(members.items.map((member) => [member.userId, member.name])),
    [members.items],
  );
  return (userId) => (userId ? (names.get(userId) ?? '—') : '—');
}

export function MemberName({ userId }: { userId: string | null | undefined }) {
  return <>{useMemberName()(userId)}</>;
}
