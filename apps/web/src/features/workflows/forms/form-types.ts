import type { BuiltInStepKind, StepOfKind } from '../definition.js';
import type { FieldErrors } from './fields.js';

/** What every typed step form receives: the step, a setter for the whole step, its errors by field. */
export interface StepFormProps<K extends BuiltInStepKind> {
  step: StepOfKind<K>;
  onChange: (step: StepOfKind<K>) => void;
  errors: FieldErrors;
}
