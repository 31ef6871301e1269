/**
 * @module jobs/cron — 5-field POSIX cron in an IANA timezone with literal wall-clock matching:
 * a local time that does not exist (spring-forward gap) never fires, and one that happens twice
 * (fall-back overlap) fires twice. croner shifts gap times forward and fires overlaps once, which is
 * not the rule the Managed Agents schedules document, hence this small matcher (docs/decisions/0040).
 */

/** Look at most this far ahead for the next fire (covers Feb 29 and "31st of a month" schedules). */
const MAX_LOOKAHEAD_MS = 4 * 366 * 24 * 3_600_000;
const MINUTE_MS = 60_000;

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
];

/** A parsed expression: allowed values per field, and whether day fields were restricted. */
export interface CronSchedule {
  readonly expression: string;
  readonly timezone: string;
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly daysOfWeek: ReadonlySet<number>;
  readonly domRestricted: boolean;
  readonly dowRestricted: boolean;
}

/** Raised for an expression or timezone that cannot be used; the message names the field. */
export class CronError extends Error {
  override readonly name = 'CronError';
}

/**
 * Parses `min hour dom month dow` (numbers, `*`, `a-b`, lists, `/step`; dow 0–7 with 0 and 7 = Sunday).
 * @example parseCron('30 2 * * 1-5', 'Europe/Berlin')
 */
export function parseCron(expression: string, timezone: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new CronError(`cron expression must have 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`);
  assertTimezone(timezone);
  const sets = parts.map((part, i) => parseField(part, FIELDS[i]!));
  const dow = new Set([...sets[4]!].map((d) => (d === 7 ? 0 : d)));
  return {
    expression: parts.join(' '),
    timezone,
    minutes: sets[0]!,
    hours: sets[1]!,
    daysOfMonth: sets[2]!,
    months: sets[3]!,
    daysOfWeek: dow,
    domRestricted: parts[2] !== '*',
    dowRestricted: parts[4] !== '*',
  };
}

function parseField(text: string, spec: FieldSpec): Set<number> {
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const match = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(item);
    if (!match) throw new CronError(`cron ${spec.name}: cannot read "${item}"`);
    const [, range, stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) throw new CronError(`cron ${spec.name}: step must be at least 1`);
    let lo = spec.min;
    let hi = spec.max;
    if (range !== '*') {
      const [a, b] = range!.split('-').map(Number);
      lo = a!;
      hi = b ?? (stepText === undefined ? a! : spec.max);
    }
    if (lo < spec.min || hi > spec.max || lo > hi) {
      throw new CronError(`cron ${spec.name}: ${item} is outside ${spec.min}–${spec.max}`);
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/** Throws a CronError unless `timezone` is an IANA zone this runtime knows. */
export function assertTimezone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new CronError(`unknown IANA timezone "${timezone}"`);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

interface LocalParts {
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock fields of an instant in a timezone. */
export function localParts(ms: number, timezone: string): LocalParts {
  let fmt = formatters.get(timezone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timezone, fmt);
  }
  const p: Record<string, string> = {};
  for (const part of fmt.formatToParts(ms)) p[part.type] = part.value;
  return {
    month: Number(p['month']),
    day: Number(p['day']),
    hour: Number(p['hour']),
    minute: Number(p['minute']),
    weekday: WEEKDAYS[p['weekday'] ?? ''] ?? 0,
  };
}

function dayMatches(s: CronSchedule, t: LocalParts): boolean {
  const dom = s.daysOfMonth.has(t.day);
  const dow = s.daysOfWeek.has(t.weekday);
  // POSIX: when both day fields are restricted, either may match.
  if (s.domRestricted && s.dowRestricted) return dom || dow;
  return dom && dow;
}

/**
 * The first fire strictly after `after`, walking real (UTC) minutes and matching each one's local
 * wall-clock time — so skipped local times never match and repeated ones match twice.
 * With `notAfter`, gives up (undefined) past that instant — a scheduler tick only asks "any fire by now?".
 */
export function nextFire(schedule: CronSchedule, after: Date, notAfter?: Date): Date | undefined {
  let t = Math.floor(after.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  const limit = notAfter ? notAfter.getTime() : t + MAX_LOOKAHEAD_MS;
  while (t <= limit) {
    const local = localParts(t, schedule.timezone);
    const toNextHour = (60 - local.minute) * MINUTE_MS;
    if (!schedule.months.has(local.month) || !dayMatches(schedule, local)) {
      // Jump to about an hour before local midnight: a DST change later today can make the day an
      // hour shorter, and landing past midnight would skip the next day's first hour.
      t += Math.max(toNextHour, toNextHour + (22 - local.hour) * 60 * MINUTE_MS);
      continue;
    }
    if (!schedule.hours.has(local.hour)) {
      t += toNextHour;
      continue;
    }
    if (schedule.minutes.has(local.minute)) return new Date(t);
    let next = -1;
    for (let m = local.minute + 1; m < 60; m++) {
      if (schedule.minutes.has(m)) {
        next = m;
        break;
      }
    }
    t += next < 0 ? toNextHour : (next - local.minute) * MINUTE_MS;
  }
  return undefined;
}

/** The next `count` fires after `after`. */
export function upcomingFires(schedule: CronSchedule, after: Date, count: number): Date[] {
  const out: Date[] = [];
  let cursor = after;
  while (out.length < count) {
    const next = nextFire(schedule, cursor);
    if (!next) break;
    out.push(next);
    cursor = next;
  }
  return out;
}
