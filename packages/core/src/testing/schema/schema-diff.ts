import {
  indexLabel,
  keyLabel,
  type ColumnShape,
  type ForeignKeyShape,
  type IndexShape,
  type SchemaShape,
  type TableShape,
} from './schema-shape.js';

/** An index that exists only in SQL because Prisma cannot describe it; each needs a reason. */
export interface SqlOnlyIndex {
  table: string;
  name: string;
  reason: string;
}

const show = (value: unknown): string =>
  value === null ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);

function diffColumns(expected: ColumnShape[], actual: ColumnShape[], out: string[]): void {
  const db = new Map(actual.map((c) => [c.name, c]));
  const prisma = new Map(expected.map((c) => [c.name, c]));
  for (const column of expected) {
    const found = db.get(column.name);
    if (!found) {
      out.push(`column "${column.name}" is in Prisma but not in the database`);
      continue;
    }
    const checks: [string, unknown, unknown][] = [
      ['type', column.type, found.type],
      ['list (array)', column.isArray, found.isArray],
      ['nullable', column.nullable, found.nullable],
      ['default', column.default, found.default],
    ];
    for (const [what, want, got] of checks) {
      if (want !== got)
        out.push(`column "${column.name}": ${what} is ${show(got)} in the database, ${show(want)} in Prisma`);
    }
  }
  for (const column of actual) {
    if (prisma.has(column.name)) continue;
    const kind = column.generated ? 'generated column' : 'column';
    out.push(
      `${kind} "${column.name}" (${column.type}${column.isArray ? '[]' : ''}) is in the database but has no Prisma field`,
    );
  }
}

const sameIndex = (a: IndexShape, b: IndexShape): boolean => indexLabel(a) === indexLabel(b);

function diffIndexes(
  table: string,
  expected: IndexShape[],
  actual: IndexShape[],
  allowed: SqlOnlyIndex[],
  out: string[],
): void {
  const db = new Map(actual.map((i) => [i.name, i]));
  const prisma = new Map(expected.map((i) => [i.name, i]));
  for (const index of expected) {
    const found = db.get(index.name);
    if (found) {
      if (!sameIndex(index, found)) {
        out.push(
          `index ${index.name} is ${indexLabel(found)} in the database, ${indexLabel(index)} in Prisma`,
        );
      }
      continue;
    }
    const renamed = actual.find((other) => !prisma.has(other.name) && sameIndex(other, index));
    out.push(
      renamed
        ? `index ${indexLabel(index)} is named ${renamed.name} in the database, ${index.name} in Prisma (use map: "${renamed.name}")`
        : `index ${index.name} ${indexLabel(index)} is in Prisma but not in the database`,
    );
  }
  for (const index of actual) {
    if (prisma.has(index.name)) continue;
    if (allowed.some((a) => a.table === table && a.name === index.name)) continue;
    if (expected.some((other) => !db.has(other.name) && sameIndex(other, index))) continue; // reported as renamed
    out.push(
      `index ${index.name} ${indexLabel(index)} is in the database but not in Prisma (declare it, or allow-list it with a reason)`,
    );
  }
  for (const entry of allowed.filter((a) => a.table === table)) {
    if (!db.has(entry.name))
      out.push(`allow-listed SQL-only index ${entry.name} does not exist: remove it from the allow-list`);
    if (prisma.has(entry.name))
      out.push(
        `allow-listed SQL-only index ${entry.name} is declared in Prisma: remove it from the allow-list`,
      );
  }
}

const fkKey = (fk: ForeignKeyShape) => `${keyLabel(fk.columns)} → ${fk.refTable}${keyLabel(fk.refColumns)}`;

function diffForeignKeys(expected: ForeignKeyShape[], actual: ForeignKeyShape[], out: string[]): void {
  const db = new Map(actual.map((fk) => [fk.columns.join(','), fk]));
  const prisma = new Set(expected.map((fk) => fk.columns.join(',')));
  for (const fk of expected) {
    const label = `foreign key of relation ${fk.label ?? '?'} ${keyLabel(fk.columns)}`;
    const found = db.get(fk.columns.join(','));
    if (!found) {
      out.push(`${label} → ${fk.refTable}${keyLabel(fk.refColumns)} is in Prisma but not in the database`);
      continue;
    }
    if (fkKey(found) !== fkKey(fk))
      out.push(`${label} references ${fkKey(found)} in the database, ${fkKey(fk)} in Prisma`);
    for (const action of ['onDelete', 'onUpdate'] as const) {
      if (found[action] === fk[action]) continue;
      const why = fk.implicit?.[action];
      out.push(
        `${label}: ${action} is ${found[action]} in the database, ${fk[action]} in Prisma${why ? ` (${why}; state it)` : ''}`,
      );
    }
  }
  for (const fk of actual) {
    if (!prisma.has(fk.columns.join(','))) {
      out.push(
        `foreign key ${fk.name ?? ''} ${fkKey(fk)} is in the database but no Prisma relation declares it`,
      );
    }
  }
}

function diffTable(expected: TableShape, actual: TableShape, allowed: SqlOnlyIndex[]): string[] {
  const out: string[] = [];
  diffColumns(expected.columns, actual.columns, out);
  const [want, got] = [expected.primaryKey, actual.primaryKey];
  if (!want || !got) {
    if (want !== got)
      out.push(
        `primary key is ${got ? keyLabel(got.columns) : 'missing'} in the database, ${want ? keyLabel(want.columns) : 'missing'} in Prisma`,
      );
  } else {
    if (want.columns.join() !== got.columns.join()) {
      out.push(
        `primary key is ${keyLabel(got.columns)} in the database, ${keyLabel(want.columns)} in Prisma`,
      );
    }
    if (want.name !== got.name)
      out.push(`primary key is named ${got.name} in the database, ${want.name} in Prisma`);
  }
  diffIndexes(expected.name, expected.indexes, actual.indexes, allowed, out);
  diffForeignKeys(expected.foreignKeys, actual.foreignKeys, out);
  return out.map((line) => `${expected.name}: ${line}`);
}

/** Every difference between what Prisma describes and what the database has, one readable line each. */
export function diffSchemas(
  expected: SchemaShape,
  actual: SchemaShape,
  allowed: SqlOnlyIndex[] = [],
): string[] {
  const out: string[] = [];
  const db = new Map(actual.tables.map((t) => [t.name, t]));
  const prisma = new Set(expected.tables.map((t) => t.name));
  for (const table of expected.tables) {
    const found = db.get(table.name);
    if (found) out.push(...diffTable(table, found, allowed));
    else out.push(`${table.name}: table is in Prisma but not in the database`);
  }
  for (const table of actual.tables) {
    if (!prisma.has(table.name)) out.push(`${table.name}: table is in the database but has no Prisma model`);
  }
  for (const entry of allowed) {
    if (!prisma.has(entry.table))
      out.push(`${entry.table}: allow-listed SQL-only index ${entry.name} is on an unknown table`);
  }
  return out;
}
