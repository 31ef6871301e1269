/** @module shared/errors — the one error hierarchy; mapped to the wire envelope only in `api/errors.ts`. */

const MARKER = Symbol.for('reverie.error');

/** Wire `error.type` values used by Reverie (Anthropic's names). */
export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'billing_error'
  | 'permission_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'memory_precondition_failed_error'
  | 'memory_path_conflict_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'timeout_error'
  | 'overloaded_error';

export interface AppErrorOptions {
  /** Extra JSON-safe fields copied into the wire `error` object (e.g. `conflicting_path`). */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
  /** Whether a client may retry; logical conflicts say `false`. */
  readonly retryable?: boolean;
}

/** Base class of every error Reverie raises on purpose. */
export class AppError extends Error {
  readonly [MARKER] = true;
  readonly status: number;
  readonly type: ErrorType;
  readonly details: Readonly<Record<string, unknown>>;
  readonly retryable: boolean | undefined;

  constructor(status: number, type: ErrorType, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = status;
    this.type = type;
    this.details = options.details ?? {};
    this.retryable = options.retryable;
  }

  /** True for any AppError, even one from a second copy of this package. */
  static isInstance(value: unknown): value is AppError {
    return typeof value === 'object' && value !== null && MARKER in value;
  }
}

/** 400 — the request is malformed or breaks a rule. */
export class InvalidRequestError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super(400, 'invalid_request_error', message, options);
  }
}

/** 401 — missing or wrong API key. */
export class AuthenticationError extends AppError {
  constructor(message = 'invalid x-api-key', options?: AppErrorOptions) {
    super(401, 'authentication_error', message, options);
  }
}

/** 403 — the key may not do this. */
export class PermissionError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super(403, 'permission_error', message, options);
  }
}

/** 404 — no such resource (or not visible to this key). */
export class NotFoundError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super(404, 'not_found_error', message, options);
  }
}

/** 409 — a logical conflict; never worth retrying as is. */
export class ConflictError extends AppError {
  constructor(
    message: string,
    options: AppErrorOptions & { type?: 'conflict_error' | 'memory_precondition_failed_error' | 'memory_path_conflict_error' } = {},
  ) {
    super(409, options.type ?? 'conflict_error', message, { retryable: false, ...options });
  }
}

/** 413 — the body is larger than the configured cap. */
export class RequestTooLargeError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super(413, 'request_too_large', message, options);
  }
}

/** 429 — slow down. */
export class RateLimitError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super(429, 'rate_limit_error', message, options);
  }
}

/** 500 — a bug or an unexpected failure. */
export class ApiError extends AppError {
  constructor(message = 'Internal server error', options?: AppErrorOptions) {
    super(500, 'api_error', message, options);
  }
}

/** 529 — temporarily overloaded. */
export class OverloadedError extends AppError {
  constructor(message = 'Overloaded', options?: AppErrorOptions) {
    super(529, 'overloaded_error', message, { retryable: true, ...options });
  }
}
