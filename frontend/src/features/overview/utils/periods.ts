import { earlierDate, isoDateOf, today as todayInZone, todayIso } from '../../../time';
import { parsePeriod, periodContaining, periodId, periodOptions, periodsUpTo, type PeriodType } from '../../../format';

/** The first year a period picker offers: the oldest reports in the registry are from the mid-2010s. */
export const FIRST_YEAR = 2015;

export const PERIOD_TYPES: PeriodType[] = ['YEAR', 'HALF', 'QUARTER', 'MONTH'];

/** How many periods a trend chart shows for each period type: about two to five years of history. */
export const TREND_LENGTH: Record<PeriodType, number> = { YEAR: 5, HALF: 6, QUARTER: 8, MONTH: 12 };

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
 * When the user switches period type, keep looking at the same time: the period of the new type that
 * holds the last day of the old one (or today, for a period still running).
 */
export function switchPeriodType(current: string, type: PeriodType, today: Date = todayInZone()): string {
  const end = periodEnd(current);
  if (!end) return periodContaining(type, today);
  const lastDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  return periodContaining(type, lastDay < today ? lastDay : today);
}

/** The periods a trend shows, oldest first, ending with the chosen one. */
export function trendPeriods(last: string): string[] {
  const p = parsePeriod(last);
  return p ? periodsUpTo(last, TREND_LENGTH[p.type]) : [last];
}

/** A period id from a URL, or null when it is not one. */
export function validPeriod(id: string | null | undefined): string | null {
  if (!id) return null;
  const p = parsePeriod(id);
  return p && p.year >= 1990 && p.year <= 2100 ? periodId(p.type, p.year, p.index) : null;
}

/**
 * The date figures of a period are counted up to: the period's last day, or today in Việt Nam for a period still
 * running; never a day in the future, even if the API says so.
 */
export function asOfDate(period: string, apiAsOf?: string | null, now: Date = new Date()): string | null {
  const end = periodEnd(period);
  const lastDay = end ? isoDateOf(new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1)) : null;
  const bound = lastDay ? earlierDate(lastDay, todayIso(now)) : todayIso(now);
  return apiAsOf ? earlierDate(apiAsOf.slice(0, 10), bound) : lastDay ? bound : null;
}
