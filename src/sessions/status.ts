/** @module sessions/status — the session status machine (wire-api §4 "Sessions"). */
import { InvalidRequestError } from '../shared/errors.js';

/** `idle` waits for input; `running` works; `rescheduling` retries after a transient error; `terminated` is final. */
export type SessionStatus = 'idle' | 'running' | 'rescheduling' | 'terminated';

/** Every allowed move. Finishing work goes to `idle`, never to `terminated` (only archive or a fatal error do). */
const TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  idle: ['running', 'terminated'],
  running: ['idle', 'rescheduling', 'terminated'],
  rescheduling: ['running', 'idle', 'terminated'],
  terminated: [],
};

/** True when `from → to` is a legal move (staying put is always legal). */
export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** Throws (a bug, not a client error) when the runtime tries an illegal move. */
export function assertTransition(from: SessionStatus, to: SessionStatus): void {
  if (!canTransition(from, to)) throw new Error(`Illegal session status transition ${from} → ${to}`);
}

/** A turn is in progress (model request, tool round or retry backoff). */
export function isBusy(status: SessionStatus): boolean {
  return status === 'running' || status === 'rescheduling';
}

/** Archive and delete are refused while a turn runs (interrupt first); 400 because 409 would be retried. */
export function assertNotBusy(status: SessionStatus, action: 'archive' | 'delete'): void {
  if (isBusy(status)) {
    throw new InvalidRequestError(`Cannot ${action} a session while it is ${status}; send user.interrupt and wait for session.status_idle first`);
  }
}
