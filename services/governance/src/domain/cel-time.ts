import { CelFunc, celMethod, CelScalar, objectType } from '@bufbuild/cel';
import { timestampMs, TimestampSchema } from '@bufbuild/protobuf/wkt';

/**
 * CEL's timestamp accessors (`getDayOfWeek`, `getHours`, … with an optional time zone), replacing
 * @bufbuild/cel 0.6.1's own for two defects found while choosing the engine (ARCHITECTURE.md "Governance: CEL
 * engine"):
 * - with an IANA zone it formats with `hour12: false`, which V8 renders as hour 24 at midnight, so from 00:00 to
 *   00:59 local time every accessor reads the next day (`getDayOfWeek("Europe/Berlin")` says Friday on Thursday
 *   night, and Saturday during Friday's first hour);
 * - it rebuilds the wall-clock time as a *local* Date of the process, so a DST gap in the server's own time zone
 *   can move the answer: evaluation would depend on the host.
 * These compute the wall clock with UTC arithmetic only (fixed offsets like "+05:30" or "-08:00", IANA names
 * through Intl with `hourCycle: 'h23'`), so the answer depends on the timestamp and the zone alone.
 * Semantics as cel-spec: month, day of month, day of year and day of week count from 0 (Sunday = 0);
 * `getDate` counts from 1.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
  weekday: number;
  dayOfYear: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size > 1000) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of `ms` (epoch milliseconds) in `timeZone` (absent or "UTC": UTC). */
export function wallClock(ms: number, timeZone?: string): WallClock {
  let local = ms;
  const offset = timeZone === undefined ? undefined : /^([+-]?)(\d\d):(\d\d)$/.exec(timeZone);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3]);
    local = ms + (offset[1] === '-' ? -minutes : minutes) * 60_000;
  } else if (timeZone !== undefined && timeZone.toUpperCase() !== 'UTC') {
    const parts = Object.fromEntries(
      formatter(timeZone)
        .formatToParts(new Date(ms))
        .filter((part) => part.type !== 'literal')
        .map((part) => [part.type, Number(part.value)]),
    );
    const wholeSecond = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
    local = wholeSecond + (((ms % 1000) + 1000) % 1000);
  }
  const date = new Date(local);
  const year = date.getUTCFullYear();
  return {
    year,
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
    milliseconds: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
    dayOfYear: Math.floor((Date.UTC(year, date.getUTCMonth(), date.getUTCDate()) - Date.UTC(year, 0, 1)) / 86_400_000),
  };
}

const ACCESSORS: [string, (clock: WallClock) => number][] = [
  ['getFullYear', (c) => c.year],
  ['getMonth', (c) => c.month],
  ['getDate', (c) => c.day],
  ['getDayOfMonth', (c) => c.day - 1],
  ['getDayOfWeek', (c) => c.weekday],
  ['getDayOfYear', (c) => c.dayOfYear],
  ['getHours', (c) => c.hours],
  ['getMinutes', (c) => c.minutes],
  ['getSeconds', (c) => c.seconds],
  ['getMilliseconds', (c) => c.milliseconds],
];

const TIMESTAMP = objectType(TimestampSchema);

export const TIMESTAMP_ACCESSORS: CelFunc[] = ACCESSORS.flatMap(([name, field]) => [
  celMethod(name, TIMESTAMP, [], CelScalar.INT, function () {
    return BigInt(field(wallClock(timestampMs(this.message))));
  }),
  celMethod(name, TIMESTAMP, [CelScalar.STRING], CelScalar.INT, function (timeZone: string) {
    return BigInt(field(wallClock(timestampMs(this.message), timeZone)));
  }),
]);
