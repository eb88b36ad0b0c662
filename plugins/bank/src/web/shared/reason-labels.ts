import { useTexts, type ReasonDialogLabels } from '@crm/ui';
import { texts } from '../texts.js';

/** The shared reason dialog's texts in this module's language. */
export function useReasonLabels(): ReasonDialogLabels {
  const t = useTexts(texts);
  return {
    reasonRequired: t('move.reasonRequired'),
    reasonOptional: t('move.reasonOptional'),
    submit: t('move.submit'),
    cancel: t('common.cancel'),
  };
}
