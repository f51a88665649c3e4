import { earlierDate, isoDateOf, todayIso } from '../../../time';
import { parsePeriod, periodsUpTo, type PeriodType } from '../../../format';
import { periodEnd } from '../../../lib/periods';

/** How many periods a trend chart shows for each period type: about two to five years of history. */
export const TREND_LENGTH: Record<PeriodType, number> = { YEAR: 5, HALF: 6, QUARTER: 8, MONTH: 12 };

/** The periods a trend shows, oldest first, ending with the chosen one. */
export function trendPeriods(last: string): string[] {
  const p = parsePeriod(last);
  return p ? periodsUpTo(last, TREND_LENGTH[p.type]) : [last];
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
