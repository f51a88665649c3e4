import dayjs, { type Dayjs } from 'dayjs';
import { todayIso } from '../time';

/** How dates are typed and shown in forms. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** A picked date as the API wants it (2026-11-21); nothing when empty. */
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : undefined;
}

/** An API date for a DatePicker; undefined when absent or unreadable. */
export function fromApiDate(value: string | null | undefined): Dayjs | undefined {
  if (!value) return undefined;
  const d = dayjs(value.slice(0, 10), 'YYYY-MM-DD');
  return d.isValid() ? d : undefined;
}

/** Today in Việt Nam as a picker value (the API refuses dates after Việt Nam's today). */
export function todayValue(now: Date = new Date()): Dayjs {
  return dayjs(todayIso(now), 'YYYY-MM-DD');
}

/** Whether a date lies after the day in Việt Nam at an instant. */
export function isAfterToday(value: Dayjs, now: Date): boolean {
  return value.isAfter(todayValue(now), 'day');
}

/**
 * Dates after today (in Việt Nam) cannot be picked for things that already happened. One argument only: pickers
 * pass a second one of their own to disabledDate.
 */
export function isFuture(value: Dayjs): boolean {
  return isAfterToday(value, new Date());
}
