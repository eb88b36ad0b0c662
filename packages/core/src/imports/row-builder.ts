import type { FieldIssue } from '../errors/index.js';
import { cellValue, customFieldValue, splitList } from './cell-values.js';
import type { CsvRecord } from './csv-reader.js';
import type { ColumnPlan } from './import-fields.js';
import type { ImportObjectType, ImportRowError } from './import.schema.js';
import { rowValidators, type RowInput, type ValidatorContext } from './row-validators.js';

export interface RowPlan extends ValidatorContext {
  objectType: ImportObjectType;
  columns: ColumnPlan[];
  headerLength: number;
}

/** A valid row ready for staging. */
export interface StagedRow {
  row: number;
  data: Record<string, unknown>;
  keys: string[];
}

export type RowResult = { staged: StagedRow } | { errors: ImportRowError[] };

function rowInput(plan: RowPlan, cells: string[], nulIn: string[]): RowInput {
  const input: RowInput = { fields: {}, customFields: {} };
  for (const column of plan.columns) {
    const raw = cells[column.index] ?? '';
    if (raw.includes('\u0000')) {
      nulIn.push(column.column);
      continue;
    }
    const value = cellValue(raw);
    if (value === undefined) continue;
    if ('customField' in column) {
      input.customFields[column.customField.key] = customFieldValue(column.customField, value);
    } else if (column.field.kind === 'list') {
      const previous: unknown = input.fields[column.field.target];
      const earlier: unknown[] = Array.isArray(previous) ? previous : [];
      input.fields[column.field.target] = [...earlier, ...splitList(value)];
    } else {
      input.fields[column.field.target] = value;
    }
  }
  return input;
}

function columnOf(plan: RowPlan, field: string): string | undefined {
  const [head, key] = field.split('.');
  const match = plan.columns.find((column) =>
    'customField' in column
      ? head === 'customFields' && column.customField.key === key
      : column.field.target === head,
  );
  return match?.column;
}

function rowErrors(plan: RowPlan, row: number, issues: FieldIssue[]): ImportRowError[] {
  return issues.map((issue) => {
    const column = columnOf(plan, issue.field);
    return column === undefined
      ? { row, field: issue.field, message: issue.message }
      : { row, field: issue.field, column, message: issue.message };
  });
}

/**
 * One CSV record checked and turned into the values to write: the cells the column plan maps,
 * validated by the record type's own create schema and the tenant's custom field definitions.
 * A record with the wrong number of cells or a NUL character is an error of its row.
 */
export function buildRow(plan: RowPlan, record: CsvRecord): RowResult {
  if (record.cells.length !== plan.headerLength) {
    const message = `has ${record.cells.length} cells; the header has ${plan.headerLength}`;
    return { errors: [{ row: record.row, field: '', message }] };
  }
  const nulIn: string[] = [];
  const input = rowInput(plan, record.cells, nulIn);
  if (nulIn.length > 0) {
    return {
      errors: nulIn.map((column) => ({
        row: record.row,
        field: '',
        column,
        message: 'contains a NUL character',
      })),
    };
  }
  const result = rowValidators[plan.objectType](input, plan);
  if ('issues' in result) return { errors: rowErrors(plan, record.row, result.issues) };
  return { staged: { row: record.row, data: result.data, keys: result.keys } };
}
