export { useFieldErrors } from '@crm/ui';
