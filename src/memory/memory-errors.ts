/** @module memory/memory-errors — the wire errors of the memory domain, worded once. */
import { ConflictError, InvalidRequestError, NotFoundError } from '../shared/errors.js';

/** 404 for a store id. */
export function notFoundStore(id: string): NotFoundError {
  return new NotFoundError(`Memory store ${id} not found`);
}

/** 404 for a memory id (missing, or in another store). */
export function notFoundMemory(storeId: string, memoryId: string): NotFoundError {
  return new NotFoundError(`Memory ${memoryId} not found in memory store ${storeId}`);
}

/** 400: archived stores are read-only (400 rather than 409, which the SDK would retry). */
export function archivedError(id: string): InvalidRequestError {
  return new InvalidRequestError(`Memory store ${id} is archived and read-only`);
}

/** 409 `memory_precondition_failed_error`; carries no current state, as the wire spec says. */
export function preconditionFailed(memoryId: string): ConflictError {
  return new ConflictError(`Memory ${memoryId} does not match the precondition: its content has changed; retrieve it and retry`, {
    type: 'memory_precondition_failed_error',
  });
}
