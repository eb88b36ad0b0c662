import { AppError } from '@crm/core';

/**
 * A finite state machine of a bank record (referral, offer, campaign): which statuses follow which.
 * `assertTransition` refuses anything else with a 409 that names the transition and the allowed ones.
 */
export interface StateMachine<S extends string> {
  readonly record: string;
  readonly statuses: readonly S[];
  allowed(from: S): readonly S[];
  assertTransition(from: S, to: S): void;
}

export function defineStateMachine<const S extends string>(
  record: string,
  transitions: Record<S, readonly S[]>,
  labels: Record<S, string>,
): StateMachine<S> {
  const statuses = Object.keys(transitions) as S[];
  return {
    record,
    statuses,
    allowed: (from) => transitions[from],
    assertTransition(from, to) {
      const allowed = transitions[from];
      if (allowed.includes(to)) return;
      const next = allowed.length ? allowed.map((s) => labels[s]).join(', ') : 'nothing (it is final)';
      const message =
        from === to
          ? `The ${record} is already ${labels[to]}`
          : `Invalid ${record} transition ${labels[from]} → ${labels[to]}; from ${labels[from]} it can move to: ${next}`;
      throw AppError.conflict(message, { from, to, allowed: [...allowed] });
    },
  };
}
