import { useCallback, useReducer } from 'react';
import {
  insertStep,
  moveStep,
  removeStep,
  replaceStep,
  type Draft,
  type ListAddress,
  type StepAddress,
  type WorkflowStep,
  type WorkflowTrigger,
} from '../definition.js';

type Action =
  | { type: 'load'; draft: Draft }
  | { type: 'trigger'; trigger: WorkflowTrigger }
  | { type: 'settings'; settings: Draft['settings'] }
  | { type: 'replace'; address: StepAddress; step: WorkflowStep }
  | { type: 'insert'; list: ListAddress; index: number; step: WorkflowStep }
  | { type: 'remove'; address: StepAddress }
  | { type: 'move'; address: StepAddress; by: -1 | 1 };

interface State {
  draft: Draft;
  /** Whether the draft differs from what was last loaded or saved. */
  dirty: boolean;
}

function reduce(state: State, action: Action): State {
  const { draft } = state;
  const edit = (next: Draft): State => ({ draft: next, dirty: true });
  switch (action.type) {
    case 'load':
      return { draft: action.draft, dirty: false };
    case 'trigger':
      return edit({ ...draft, trigger: action.trigger });
    case 'settings':
      return edit({ ...draft, settings: action.settings });
    case 'replace':
      return edit({ ...draft, steps: replaceStep(draft.steps, action.address, action.step) });
    case 'insert':
      return edit({ ...draft, steps: insertStep(draft.steps, action.list, action.index, action.step) });
    case 'remove':
      return edit({ ...draft, steps: removeStep(draft.steps, action.address) });
    case 'move':
      return edit({ ...draft, steps: moveStep(draft.steps, action.address, action.by) });
  }
}

/** The definition being edited, with the operations the graph and the panel perform on it. */
export function useDraft(initial: Draft) {
  const [state, dispatch] = useReducer(reduce, { draft: initial, dirty: false });
  return {
    draft: state.draft,
    dirty: state.dirty,
    load: useCallback((draft: Draft) => {
      dispatch({ type: 'load', draft });
    }, []),
    setTrigger: useCallback((trigger: WorkflowTrigger) => {
      dispatch({ type: 'trigger', trigger });
    }, []),
    setSettings: useCallback((settings: Draft['settings']) => {
      dispatch({ type: 'settings', settings });
    }, []),
    replace: useCallback((address: StepAddress, step: WorkflowStep) => {
      dispatch({ type: 'replace', address, step });
    }, []),
    insert: useCallback((list: ListAddress, index: number, step: WorkflowStep) => {
      dispatch({ type: 'insert', list, index, step });
    }, []),
    remove: useCallback((address: StepAddress) => {
      dispatch({ type: 'remove', address });
    }, []),
    move: useCallback((address: StepAddress, by: -1 | 1) => {
      dispatch({ type: 'move', address, by });
    }, []),
  };
}
export type DraftApi = ReturnType<typeof useDraft>;
