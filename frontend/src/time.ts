/**
 * The registry's clock is Việt Nam's, whatever the browser's zone: "today", default periods, date limits and every
 * date-time shown follow this zone (the API checks dates against the same one). Kept tiny and free of imports, so
 * the start-up code can use it without loading the formatting code.
 */
export const ZONE = 'Asia/Ho_Chi_Minh';

const calendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Việt Nam at an instant, as an ISO date (2026-12-02). */
export function isoDateInZone(instant: Date = new Date()): string {
  const parts = Object.fromEntries(calendar.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Việt Nam, as an ISO date. */
export function todayIso(now: Date = new Date()): string {
  return isoDateInZone(now);
}

/**
 * Today in Việt Nam as a local-midnight Date: a calendar date that the period arithmetic (getFullYear, getMonth)
 * and the date pickers read as Việt Nam's day, not the browser's.
 */
export function today(now: Date = new Date()): Date {
  const [y, m, d] = todayIso(now).split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The running year in Việt Nam. */
export function currentYear(now: Date = new Date()): number {
  return Number(todayIso(now).slice(0, 4));
}

/** A local calendar Date (as today() gives) as an ISO date. */
export function isoDateOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The earlier of two ISO dates. */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}
