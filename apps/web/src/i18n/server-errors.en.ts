import type { AppErrorCode } from '@crm/api';

/**
 * The server's errors in English: one text per application error code (plus NETWORK, when no answer
 * came), and the field problems the API's validation reports, recognised by their shape.
 */
const code = {
  BAD_REQUEST: 'Some fields need attention',
  UNAUTHORIZED: 'Please sign in again',
  FORBIDDEN: 'You have no permission for this',
  NOT_FOUND: 'Not found: it was deleted or you have no access',
  CONFLICT: 'Someone changed this in the meantime, or it is still in use',
  PAYLOAD_TOO_LARGE: 'The file or request is too large',
  UNSUPPORTED_MEDIA_TYPE: 'This kind of file or request is not supported',
  RATE_LIMITED: 'Too many attempts; try again later',
  INTERNAL: 'Something went wrong on our side',
  NETWORK: 'No connection to the server',
} as const satisfies Record<AppErrorCode | 'NETWORK', string>;

export const serverErrorsEn = {
  code,
  field: {
    required: 'Required',
    tooShortText: 'At least {{count}} characters',
    tooLongText: 'At most {{count}} characters',
    tooSmallNumber: 'Must be at least {{count}}',
    tooBigNumber: 'Must be at most {{count}}',
    tooFewItems: 'Add at least {{count}}',
    tooManyItems: 'At most {{count}}',
    wholeNumber: 'Must be a whole number',
    wrongType: 'Wrong kind of value',
    email: 'Not a valid e-mail address',
    uuid: 'Not a valid identifier',
    url: 'Not a valid web address',
    date: 'Not a valid date',
    option: 'Choose one of the offered values',
    unknownKey: 'Not accepted here',
    invalid: 'Invalid value',
  },
} as const;
