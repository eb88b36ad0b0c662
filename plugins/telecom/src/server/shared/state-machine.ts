import { AppError } from '@crm/core';

/** A TM Forum state machine: the states and, for each, the states it may move to. */
export interface StateMachine<S extends string> {
  /** How errors name the record, e.g. "A trouble ticket". */
  label: string;
  states: readonly S[];
  next: Readonly<Record<S, readonly S[]>>;
}

export function defineStateMachine<S extends string>(machine: StateMachine<S>): StateMachine<S> {
  return machine;
}

/** The state `value` names, or an internal error for a value the database should never hold. */
export function asState<S extends string>(machine: StateMachine<S>, value: string): S {
  const state = machine.states.find((s) => s === value);
  if (!state) throw new AppError('INTERNAL', `${machine.label} has an unknown state ${value}`);
  return state;
}

/**
 * Refuses a move the machine does not allow with 409 naming both states and what is allowed, e.g.
 * `A trouble ticket cannot go from "acknowledged" to "closed"; from "acknowledged" it can go to: inProgress, rejected, cancelled`.
 * `allowed` overrides the machine's list (a state whose exits depend on the record).
 */
export function assertTransition<S extends string>(
  machine: StateMachine<S>,
  from: S,
  to: S,
  allowed: readonly S[] = machine.next[from],
): void {
  if (allowed.includes(to)) return;
  const options = allowed.length === 0 ? 'nothing (it is final)' : allowed.join(', ');
  const message =
    from === to
      ? `${machine.label} is already "${to}"`
      : `${machine.label} cannot go from "${from}" to "${to}"; from "${from}" it can go to: ${options}`;
  throw AppError.conflict(message, { from, to, allowed: [...allowed] });
}
