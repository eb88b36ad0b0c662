import type { DMMF, RuntimeDataModel } from '@prisma/client/runtime/client';
import { isDeepStrictEqual } from 'node:util';
import { getDatamodel } from './prisma-schema-engine.js';
import {
  normalizeDefault,
  type ColumnShape,
  type ForeignKeyShape,
  type IndexShape,
  type SchemaShape,
  type TableShape,
} from './schema-shape.js';

/** What the generated client was built from: its inline copy of schema.prisma and its (pruned) data model. */
export interface GeneratedClientModel {
  inlineSchema: string;
  runtimeDataModel: RuntimeDataModel;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Reads a generated client's configuration (the core's or a plugin's). Pass a client that has never
 * been used: nothing is sent to the database.
 */
export function generatedClientModel(client: object): GeneratedClientModel {
  const engineConfig: unknown = Reflect.get(client, '_engineConfig');
  const runtimeDataModel: unknown = Reflect.get(client, '_runtimeDataModel');
  if (
    !isRecord(engineConfig) ||
    typeof engineConfig.inlineSchema !== 'string' ||
    !isRecord(runtimeDataModel)
  ) {
    throw new Error(
      'the generated Prisma client no longer exposes inlineSchema / runtimeDataModel: update src/testing/schema',
    );
  }
  return {
    inlineSchema: engineConfig.inlineSchema,
    runtimeDataModel: runtimeDataModel as RuntimeDataModel,
  };
}

/**
 * Differences between the client's pruned runtime data model and a full DMMF: every model and field
 * of one must be in the other, and every property the runtime model keeps must be equal.
 */
export function runtimeModelDifferences(runtime: RuntimeDataModel, datamodel: DMMF.Datamodel): string[] {
  const problems: string[] = [];
  const full = new Map(datamodel.models.map((model) => [model.name, model]));
  for (const name of new Set([...Object.keys(runtime.models), ...full.keys()])) {
    const slim = runtime.models[name];
    const model = full.get(name);
    if (!slim || !model) {
      problems.push(`model ${name} is only in the ${slim ? 'generated client' : 'DMMF'}`);
      continue;
    }
    const slimNames = slim.fields.map((f) => f.name).join(',');
    const fullNames = model.fields.map((f) => f.name).join(',');
    if (slimNames !== fullNames)
      problems.push(`${name}: fields [${slimNames}] in the client, [${fullNames}] in the DMMF`);
    for (const field of slim.fields) {
      const other = model.fields.find((f) => f.name === field.name);
      for (const [key, value] of Object.entries(field)) {
        const otherValue: unknown = other ? Reflect.get(other, key) : undefined;
        if (other && !isDeepStrictEqual(value, otherValue))
          problems.push(`${name}.${field.name}.${key} differs`);
      }
    }
  }
  return problems;
}

/** A field declared `Unsupported("...")`: Prisma leaves these out of the DMMF, so they are read from the text. */
export interface UnsupportedField {
  model: string;
  field: string;
  column: string;
  type: string;
  isArray: boolean;
  nullable: boolean;
}

export function unsupportedFields(schema: string): UnsupportedField[] {
  const found: UnsupportedField[] = [];
  for (const block of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const line of (block[2] ?? '').split('\n')) {
      const match = /^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?|\[\])?(.*)$/.exec(line.replace(/\/\/.*$/, ''));
      if (!match) continue;
      const [, field = '', type = '', modifier = '', rest = ''] = match;
      const mapped = /@map\("([^"]+)"\)/.exec(rest)?.[1];
      found.push({
        model: block[1] ?? '',
        field,
        column: mapped ?? field,
        type,
        isArray: modifier === '[]',
        nullable: modifier === '?',
      });
    }
  }
  return found;
}

const scalarTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const nativeTypes: Record<string, (args: string[]) => string> = {
  Text: () => 'text',
  Uuid: () => 'uuid',
  Citext: () => 'citext',
  Inet: () => 'inet',
  Char: ([n = '1']) => `character(${n})`,
  VarChar: ([n]) => (n ? `character varying(${n})` : 'character varying'),
  Integer: () => 'integer',
  SmallInt: () => 'smallint',
  Real: () => 'real',
  DoublePrecision: () => 'double precision',
  Decimal: ([p, s = '0']) => (p ? `numeric(${p},${s})` : 'numeric'),
  Money: () => 'money',
  Timestamptz: ([p = '6']) => `timestamp(${p}) with time zone`,
  Timestamp: ([p = '6']) => `timestamp(${p}) without time zone`,
  Time: ([p = '6']) => `time(${p}) without time zone`,
  Timetz: ([p = '6']) => `time(${p}) with time zone`,
  Date: () => 'date',
  Json: () => 'json',
  JsonB: () => 'jsonb',
  ByteA: () => 'bytea',
};

function columnType(field: DMMF.Field): string {
  if (field.kind === 'enum') return /^[a-z_][a-z0-9_]*$/.test(field.type) ? field.type : `"${field.type}"`;
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    return nativeTypes[name]?.([...args]) ?? `(unmapped @db.${name})`;
  }
  return scalarTypes[field.type] ?? `(unmapped ${field.type})`;
}

const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

/** The database default Prisma expects; defaults computed by the client (uuid(), cuid(), ...) have none. */
function columnDefault(field: DMMF.Field): string | null {
  const value = field.default;
  if (!field.hasDefaultValue || value === undefined) return null;
  if (isList(value)) return `'{${value.map(String).join(',')}}'`;
  // The data model carries BigInt defaults as strings of digits.
  if (field.type === 'BigInt' && typeof value === 'string' && /^-?\d+$/.test(value)) return value;
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (typeof value !== 'object') return String(value);
  if (value.name === 'now') return 'now()';
  if (value.name === 'dbgenerated') return normalizeDefault(String(value.args[0] ?? ''));
  if (['uuid', 'cuid', 'ulid', 'nanoid'].includes(value.name)) return null;
  return `${value.name}(${value.args.join(', ')})`;
}

function opclass(name: string | undefined): string | null {
  if (!name) return null;
  // Named classes are PascalCase in Prisma (JsonbPathOps); raw("gin_trgm_ops") arrives as written.
  return /^[a-z_0-9]+$/.test(name) ? name : name.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
}

/** The database schema the Prisma data model describes, following Prisma's naming and default conventions. */
export function expectedSchema(datamodel: DMMF.Datamodel, unsupported: UnsupportedField[]): SchemaShape {
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const tableOf = (model: string) => models.get(model)?.dbName ?? model;
  const columnOf = (model: string, field: string) =>
    models.get(model)?.fields.find((f) => f.name === field)?.dbName ?? field;

  const tables = datamodel.models.map((model): TableShape => {
    const table = tableOf(model.name);
    const columns = model.fields
      .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
      .map((field): ColumnShape => ({
        name: field.dbName ?? field.name,
        type: columnType(field),
        isArray: field.isList,
        nullable: !field.isRequired,
        default: columnDefault(field),
      }));
    for (const field of unsupported.filter((u) => u.model === model.name)) {
      columns.push({
        name: field.column,
        type: field.type,
        isArray: field.isArray,
        nullable: field.nullable,
        default: null,
      });
    }
    const foreignKeys = model.fields
      .filter((field) => field.kind === 'object' && (field.relationFromFields?.length ?? 0) > 0)
      .map((field): ForeignKeyShape => {
        const stated = field.relationOnDelete as ForeignKeyShape['onDelete'] | undefined;
        const implicitDelete = field.isRequired ? 'Restrict' : 'SetNull';
        return {
          label: `${model.name}.${field.name}`,
          columns: (field.relationFromFields ?? []).map((f) => columnOf(model.name, f)),
          refTable: tableOf(field.type),
          refColumns: (field.relationToFields ?? []).map((f) => columnOf(field.type, f)),
          onDelete: stated ?? implicitDelete,
          // Project rule (not Prisma's): keys are immutable, so an unstated onUpdate means the SQL
          // default NO ACTION, never the Cascade that `prisma migrate` would emit.
          onUpdate: (field.relationOnUpdate as ForeignKeyShape['onUpdate'] | undefined) ?? 'NoAction',
          implicit: {
            ...(stated
              ? {}
              : {
                  onDelete: `Prisma's implicit default for ${field.isRequired ? 'a required' : 'an optional'} relation`,
                }),
            ...(field.relationOnUpdate
              ? {}
              : { onUpdate: 'unstated onUpdate means NoAction in this project' }),
          },
        };
      });
    const shape: TableShape = { name: table, columns, primaryKey: null, indexes: [], foreignKeys };
    for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
      const cols = index.fields.map((f) => columnOf(model.name, f.name));
      if (index.type === 'id') {
        shape.primaryKey = { name: index.dbName ?? `${table}_pkey`, columns: cols };
        continue;
      }
      const unique = index.type === 'unique';
      const entry: IndexShape = {
        name: index.dbName ?? `${table}_${cols.join('_')}_${unique ? 'key' : 'idx'}`,
        unique,
        method: (index.algorithm ?? 'BTree').toLowerCase(),
        columns: index.fields.map((f, i) => ({
          column: cols[i] ?? f.name,
          desc: f.sortOrder === 'desc',
          opclass: opclass(f.operatorClass),
        })),
        predicate: null,
        include: [],
      };
      shape.indexes.push(entry);
    }
    return shape;
  });
  return { tables };
}

/** The full DMMF of a generated client, checked against the client's own runtime data model. */
export function loadPrismaModel(prismaClient: object): {
  datamodel: DMMF.Datamodel;
  schema: string;
  runtimeProblems: string[];
} {
  const client = generatedClientModel(prismaClient);
  const datamodel = getDatamodel(client.inlineSchema);
  return {
    datamodel,
    schema: client.inlineSchema,
    runtimeProblems: runtimeModelDifferences(client.runtimeDataModel, datamodel),
  };
}
