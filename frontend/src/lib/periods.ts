import { today as todayInZone } from '../time';
import { parsePeriod, periodContaining, periodId, periodLabel, periodOptions, type PeriodType } from '../format';

/**
 * What the period picker offers. The first year: the oldest paper reports typed into the registry are from the
 * early 2010s.
 */
export const FIRST_YEAR = 2010;

/** Period types, coarsest first, as pickers list them. */
export const PERIOD_TYPES: PeriodType[] = ['YEAR', 'HALF', 'QUARTER', 'MONTH'];

/** The day after the period ends (exclusive end), so comparisons need no day arithmetic. */
export function periodEnd(id: string): Date | null {
  const p = parsePeriod(id);
  if (!p) return null;
  switch (p.type) {
    case 'YEAR':
      return new Date(p.year + 1, 0, 1);
    case 'HALF':
      return new Date(p.year, p.index * 6, 1);
    case 'QUARTER':
      return new Date(p.year, p.index * 3, 1);
    case 'MONTH':
      return new Date(p.year, p.index, 1);
  }
}

/** Periods of a type a user can pick: none that starts after today, newest first. */
export function pickablePeriods(type: PeriodType, today: Date = todayInZone()): { value: string; label: string }[] {
  const current = periodContaining(type, today);
  // Ids of one type have the same length, so string order is time order.
  return periodOptions(type, FIRST_YEAR, today.getFullYear()).filter((o) => o.value <= current);
}

/**
 * The choices for a picker showing `value`: the pickable periods of its type, and the value itself first when it
 * lies outside them (a link may name an old or a future period; it stays shown, with its label).
 */
export function periodChoices(value: string, today: Date = todayInZone()): { value: string; label: string }[] {
  const list = pickablePeriods(parsePeriod(value)?.type ?? 'YEAR', today);
  return list.some((o) => o.value === value) ? list : [{ value, label: periodLabel(value) }, ...list];
}

/**
 * When the user switches period type, keep looking at the same time: the period of the new type that
 * holds the last day of the old one (or today, for a period still running).
 */
export function switchPeriodType(current: string, type: PeriodType, today: Date = todayInZone()): string {
  const end = periodEnd(current);
  if (!end) return periodContaining(type, today);
  const lastDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  return periodContaining(type, lastDay < today ? lastDay : today);
}

/** A period id from a URL, or null when it is not one. */
export function validPeriod(id: string | null | undefined): string | null {
  if (!id) return null;
  const p = parsePeriod(id);
  return p && p.year >= 1990 && p.year <= 2100 ? periodId(p.type, p.year, p.index) : null;
}
