/**
 * The one error type of the application. `code` decides the HTTP / tRPC status (see
 * `httpStatusOf`); `message` is safe to show to users; `details` carries structured
 * information such as the invalid fields.
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `customFields.budget` or `emails.0`. */
  field: string;
  message: string;
}

export interface AppErrorDetails {
  fields?: FieldIssue[];
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: AppErrorDetails,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static notFound(what = 'Record'): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static invalid(fields: FieldIssue[], message?: string): AppError {
    const summary = message ?? `Invalid input: ${fields.map((f) => f.field || '(body)').join(', ')}`;
    return new AppError('BAD_REQUEST', summary, { fields });
  }

  static conflict(message: string, details?: AppErrorDetails): AppError {
    return new AppError('CONFLICT', message, details);
  }
}

const httpStatus: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function httpStatusOf(code: AppErrorCode): number {
  return httpStatus[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
