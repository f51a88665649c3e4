import dayjs, { type Dayjs } from 'dayjs';

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

/** Dates after today cannot be picked for things that already happened. */
export function isFuture(value: Dayjs): boolean {
  return value.isAfter(dayjs(), 'day');
}
