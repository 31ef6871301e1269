/** @module api/errors — the one place errors become the wire envelope (STYLE §12). */
import type { Context } from 'hono';
import { AppError, ApiError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** The wire error envelope: `{type:"error", error:{type, message, …details}, request_id}`. */
export function errorBody(err: AppError, requestId: string): Record<string, unknown> {
  return { type: 'error', error: { type: err.type, message: err.message, ...err.details }, request_id: requestId };
}

/** Response headers an error needs: `x-should-retry: false` on logical conflicts (else the SDK re-sends). */
export function errorHeaders(err: AppError): Record<string, string> {
  const headers: Record<string, string> = {};
  if (err.retryable === false) headers['x-should-retry'] = 'false';
  return headers;
}

/** Hono `onError` handler: AppErrors map as they are; anything else is a logged 500. */
export function makeErrorHandler(logger: Logger) {
  return (error: Error, c: Context): Response => {
    const requestId = (c.get('requestId') as string | undefined) ?? 'req_unknown';
    let appError: AppError;
    if (AppError.isInstance(error)) {
      appError = error;
    } else {
      logger.error({ err: error, requestId, path: c.req.path }, 'unhandled error');
      appError = new ApiError();
    }
    return new Response(JSON.stringify(errorBody(appError, requestId)), {
      status: appError.status,
      headers: { 'content-type': 'application/json', 'request-id': requestId, ...errorHeaders(appError) },
    });
  };
}
