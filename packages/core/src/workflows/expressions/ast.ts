/** The syntax tree of an expression. Plain data: it can be stored, compared and sent to a workflow. */
export type ExpressionNode =
  | { type: 'literal'; value: string | number | boolean | null }
  | { type: 'identifier'; name: string; position: number }
  | { type: 'member'; object: ExpressionNode; property: string; position: number }
  | { type: 'index'; object: ExpressionNode; index: ExpressionNode; position: number }
  | { type: 'unary'; operator: '!' | '-'; operand: ExpressionNode }
  | {
      type: 'binary';
      operator: BinaryOperator;
      left: ExpressionNode;
      right: ExpressionNode;
      position: number;
    }
  | { type: 'logical'; operator: '&&' | '||'; left: ExpressionNode; right: ExpressionNode }
  | { type: 'conditional'; test: ExpressionNode; consequent: ExpressionNode; alternate: ExpressionNode }
  | { type: 'call'; name: string; args: ExpressionNode[]; position: number }
  | { type: 'array'; elements: ExpressionNode[] };

export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/' | '%';
