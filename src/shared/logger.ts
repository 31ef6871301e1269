/** @module shared/logger — structured logging through pino; one logger made at the composition root. */
import pino from 'pino';

/** The subset of pino's API the product uses (so tests can pass a silent or recording logger). */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** A JSON logger on stderr (stdout stays free for CLI output). */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { service: 'reverie' } }, pino.destination(2));
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = pino({ level: 'silent' });
