/** @module shared/clock — time is injected so tests can move it (STYLE §20). */

/** The only source of "now" in the product. */
export interface Clock {
  now(): Date;
}

/** Wall-clock time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: Date | string | number = '2026-01-01T00:00:00.000Z') {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  set(to: Date | string | number): void {
    this.#ms = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}

/** RFC 3339 UTC with milliseconds — fixed width, so it also sorts as text. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}
