/**
 * A database schema reduced to what the Prisma schema can describe, built from either side
 * (the Prisma data model in prisma-model.ts, the live catalog in catalog.ts) so the two compare
 * field by field (schema-diff.ts). Names are database names: tables and columns after @@map / @map.
 */
export type ReferentialAction = 'Cascade' | 'Restrict' | 'NoAction' | 'SetNull' | 'SetDefault';

export interface ColumnShape {
  name: string;
  /** Postgres type of the column (of its elements for arrays), as `format_type` spells it, e.g. `numeric(18,2)`. */
  type: string;
  isArray: boolean;
  nullable: boolean;
  /** Canonical default (see normalizeDefault), or null when the database supplies none. */
  default: string | null;
  /** Database only: a GENERATED ALWAYS AS (...) STORED column. */
  generated?: boolean;
  /** Database only: an identity column (GENERATED ... AS IDENTITY). */
  identity?: boolean;
}

export interface KeyShape {
  name: string;
  columns: string[];
}

export interface IndexColumnShape {
  /** A column name, or the expression for an expression index. */
  column: string;
  desc: boolean;
  /** The operator class when it is not the default one for the type and method. */
  opclass: string | null;
}

export interface IndexShape {
  name: string;
  unique: boolean;
  /** Access method: btree, gin, gist, ... */
  method: string;
  columns: IndexColumnShape[];
  /** The WHERE clause of a partial index. */
  predicate: string | null;
  /** INCLUDE columns. */
  include: string[];
}

export interface ForeignKeyShape {
  /** Where the expectation comes from, for messages: the relation field, e.g. `Deal.account`. */
  label?: string;
  name?: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
  /** Prisma side only: why this action is expected when the schema does not state it. */
  implicit?: { onDelete?: string; onUpdate?: string };
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  primaryKey: KeyShape | null;
  /** Every index except the primary key's, including those backing UNIQUE constraints. */
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

export interface SchemaShape {
  tables: TableShape[];
}

/**
 * One spelling for a column default on both sides: `'en'::text` and the Prisma default "en" both
 * become `'en'`, `CURRENT_TIMESTAMP` and `now()` become `now()`, numbers and booleans stay bare.
 */
export function normalizeDefault(expression: string): string {
  const text = expression.trim();
  if (/^(now\(\)|CURRENT_TIMESTAMP)$/i.test(text)) return 'now()';
  const literal = /^'((?:[^']|'')*)'(?:::[\w ."[\]()]+)?$/.exec(text);
  if (literal) return `'${literal[1] ?? ''}'`;
  const number = /^\(?(-?\d+(?:\.\d+)?)\)?(?:::[\w ]+)?$/.exec(text);
  if (number) return number[1] ?? text;
  return text;
}

/** `timestamp with time zone` (no precision) means precision 6, which Prisma writes Timestamptz(6). */
export function normalizeType(type: string): string {
  return type.replace(/^(timestamp|time)( with(?:out)? time zone)$/, '$1(6)$2');
}

export function keyLabel(columns: readonly string[]): string {
  return `(${columns.join(', ')})`;
}

export function indexLabel(index: IndexShape): string {
  const columns = index.columns.map(
    (c) => `${c.column}${c.opclass ? ` ${c.opclass}` : ''}${c.desc ? ' DESC' : ''}`,
  );
  const include = index.include.length ? ` INCLUDE ${keyLabel(index.include)}` : '';
  const where = index.predicate ? ` WHERE ${index.predicate}` : '';
  return `${index.unique ? 'UNIQUE ' : ''}${index.method} (${columns.join(', ')})${include}${where}`;
}
