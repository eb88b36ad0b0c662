import type { ExpressionNode } from './ast.js';

/** A variable path an expression reads, e.g. `steps.approve.decision` → ['steps', 'approve', 'decision']. */
export type ReferencePath = string[];

/**
 * The variables an expression reads, as far as they are spelled with literal names (validation checks
 * the root names and that `steps.<id>` names an earlier step).
 */
export function referencesOf(node: ExpressionNode): ReferencePath[] {
  const out: ReferencePath[] = [];
  collect(node, out);
  return out;
}

function pathOf(node: ExpressionNode): ReferencePath | null {
  if (node.type === 'identifier') return [node.name];
  if (node.type === 'member') {
    const base = pathOf(node.object);
    return base ? [...base, node.property] : null;
  }
  if (node.type === 'index' && node.index.type === 'literal' && typeof node.index.value === 'string') {
    const base = pathOf(node.object);
    return base ? [...base, node.index.value] : null;
  }
  return null;
}

function collect(node: ExpressionNode, out: ReferencePath[]): void {
  const path = pathOf(node);
  if (path) {
    out.push(path);
    return;
  }
  switch (node.type) {
    case 'member':
      collect(node.object, out);
      return;
    case 'index':
      collect(node.object, out);
      collect(node.index, out);
      return;
    case 'unary':
      collect(node.operand, out);
      return;
    case 'binary':
    case 'logical':
      collect(node.left, out);
      collect(node.right, out);
      return;
    case 'conditional':
      collect(node.test, out);
      collect(node.consequent, out);
      collect(node.alternate, out);
      return;
    case 'call':
    case 'array':
      for (const child of node.type === 'call' ? node.args : node.elements) collect(child, out);
      return;
    default:
      return;
  }
}
