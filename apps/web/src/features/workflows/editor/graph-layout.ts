import type { Edge, Node } from '@xyflow/react';
import {
  branchesOf,
  listPath,
  stepPath,
  type BuiltInStepKind,
  type ListAddress,
  type StepAddress,
  type WorkflowStep,
  type WorkflowTrigger,
} from '../definition.js';

export const NODE_WIDTH = 232;
export const NODE_HEIGHT = 72;
const ADD_SIZE = 36;
const GAP_Y = 44;
const GAP_X = 36;

export type TriggerNode = Node<{ trigger: WorkflowTrigger; errors: number }, 'trigger'>;
export type StepNode = Node<{ step: WorkflowStep; address: StepAddress; errors: number }, 'step'>;
export type AddNode = Node<
  { list: ListAddress; index: number; allowed: readonly BuiltInStepKind[] | 'all'; errors: number },
  'add'
>;
export type GraphNode = TriggerNode | StepNode | AddNode;

export const TRIGGER_ID = 'trigger';
export const addNodeId = (list: ListAddress) => `add:${listPath(list)}`;

export interface LayoutInput {
  trigger: WorkflowTrigger;
  steps: WorkflowStep[];
  /** Number of validation errors per node id (a step path, `trigger`, or `add:<list path>`). */
  errors: ReadonlyMap<string, number>;
  /** Edge labels: condition branches and escalation percents. */
  label: (branch: ReturnType<typeof branchesOf>[number]['label']) => string;
}

function listWidth(steps: readonly WorkflowStep[]): number {
  return Math.max(NODE_WIDTH, ...steps.map(stepWidth));
}

function isLadder(step: WorkflowStep): boolean {
  return step.kind === 'approval' || step.kind === 'waitForEvent';
}

function stepWidth(step: WorkflowStep): number {
  const branches = branchesOf(step);
  if (branches.length === 0) return NODE_WIDTH;
  const sum = branches.reduce((total, b) => total + listWidth(b.steps), 0) + GAP_X * (branches.length - 1);
  // Escalation ladders hang to the right of their step; keep the column symmetric.
  return isLadder(step) ? NODE_WIDTH + 2 * (GAP_X + sum) : Math.max(NODE_WIDTH, sum);
}

/**
 * Lays the tree out top-down: each list is a column, a condition's branches sit side by side under
 * it and join again before the next step, an SLA's escalation ladder hangs to the right of its step.
 * Every list ends with an "add" node (where new steps go). Positions are computed, never dragged.
 */
export function layoutGraph(input: LayoutInput): { nodes: GraphNode[]; edges: Edge[] } {
  const nodes: GraphNode[] = [];
  const edges: Edge[] = [];
  const count = (id: string) => input.errors.get(id) ?? 0;
  const connect = (source: string, target: string, extra: Partial<Edge> = {}) =>
    edges.push({ id: `${source}->${target}`, source, target, type: 'smoothstep', ...extra });

  const placeList = (
    steps: WorkflowStep[],
    list: ListAddress,
    allowed: readonly BuiltInStepKind[] | 'all',
    centerX: number,
    top: number,
    incoming: string[],
    incomingLabel?: string,
  ): number => {
    let y = top;
    let prev = incoming;
    let label = incomingLabel;
    const link = (target: string) => {
      for (const source of prev) connect(source, target, label ? { label } : {});
      label = undefined;
    };
    steps.forEach((step, index) => {
      const address: StepAddress = { list, index };
      const id = stepPath(address);
      nodes.push({
        id,
        type: 'step',
        position: { x: centerX - NODE_WIDTH / 2, y },
        data: { step, address, errors: count(id) },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      });
      link(id);
      y += NODE_HEIGHT + GAP_Y;
      const branches = branchesOf(step);
      if (branches.length === 0 || isLadder(step)) {
        let x = centerX + NODE_WIDTH / 2 + GAP_X;
        let bottom = y;
        for (const branch of branches) {
          const width = listWidth(branch.steps);
          const end = placeList(
            branch.steps,
            [...list, { index, branch: branch.key }],
            branch.allowed,
            x + width / 2,
            y,
            [id],
            input.label(branch.label),
          );
          bottom = Math.max(bottom, end);
          x += width + GAP_X;
        }
        y = bottom;
        prev = [id];
        return;
      }
      const total = branches.reduce((sum, b) => sum + listWidth(b.steps), 0) + GAP_X * (branches.length - 1);
      let x = centerX - total / 2;
      let bottom = y;
      const ends: string[] = [];
      for (const branch of branches) {
        const width = listWidth(branch.steps);
        const branchList = [...list, { index, branch: branch.key }];
        bottom = Math.max(
          bottom,
          placeList(
            branch.steps,
            branchList,
            branch.allowed,
            x + width / 2,
            y,
            [id],
            input.label(branch.label),
          ),
        );
        ends.push(addNodeId(branchList));
        x += width + GAP_X;
      }
      y = bottom;
      prev = ends;
    });
    const addId = addNodeId(list);
    nodes.push({
      id: addId,
      type: 'add',
      position: { x: centerX - ADD_SIZE / 2, y },
      data: { list, index: steps.length, allowed, errors: count(addId) },
      width: ADD_SIZE,
      height: ADD_SIZE,
    });
    link(addId);
    return y + ADD_SIZE + GAP_Y;
  };

  const width = listWidth(input.steps);
  nodes.push({
    id: TRIGGER_ID,
    type: 'trigger',
    position: { x: width / 2 - NODE_WIDTH / 2, y: 0 },
    data: { trigger: input.trigger, errors: count(TRIGGER_ID) },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  });
  placeList(input.steps, [], 'all', width / 2, NODE_HEIGHT + GAP_Y, [TRIGGER_ID]);
  return { nodes, edges };
}
