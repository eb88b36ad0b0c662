import { AppError } from '../../../errors/index.js';
import type { WorkflowRecordType } from '../../definition/common.schema.js';

const recordTypes: readonly string[] = ['deal', 'contact', 'account', 'activity'];
const isRecordType = (type: string | null): type is WorkflowRecordType =>
  type !== null && recordTypes.includes(type);

/** The record a step acts on: the run's record, which such steps need. */
export function workflowTarget(input: { recordType: string | null; recordId: string | null }): {
  type: WorkflowRecordType;
  id: string;
} {
  if (!isRecordType(input.recordType) || !input.recordId) {
    throw AppError.invalid([{ field: 'recordId', message: 'this step needs the run to be about a record' }]);
  }
  return { type: input.recordType, id: input.recordId };
}
