import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { AddNode as AddNodeType } from '../editor/graph-layout.js';

/** The "+" at the end of every list of steps: selecting it offers the step kinds to add there. */
export function AddNode({ data, selected }: NodeProps<AddNodeType>) {
  return (
    <div
      className="wf-add-node"
      data-selected={selected || undefined}
      data-invalid={data.errors > 0 || undefined}
      aria-hidden
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />+
    </div>
  );
}
