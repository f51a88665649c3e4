import { parsePeriod, periodOptions, type PeriodType } from '../../../format';

export interface Total {
  indicatorCode?: string | null;
  period?: string | null;
  value?: number;
}

/** Months counted from year 0 (2024-01 is 2024 × 12): the first and last month the stored values cover. */
export interface MonthSpan {
  start: number;
  end: number;
}

const MONTHS: Record<PeriodType, number> = { YEAR: 12, HALF: 6, QUARTER: 3, MONTH: 1 };

/** The months a period covers, or null when the id is not a period. */
export function periodMonths(id: string): MonthSpan | null {
  const p = parsePeriod(id);
  if (!p) return null;
  const start = p.year * 12 + (p.index - 1) * MONTHS[p.type];
  return { start, end: start + MONTHS[p.type] - 1 };
}

/** From the first month to the last month that stored values cover; null when there are none. */
export function dataSpan(items: readonly Total[]): MonthSpan | null {
  const spans = items.map((i) => (i.period ? periodMonths(i.period) : null)).filter((s): s is MonthSpan => !!s);
  if (!spans.length) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The API sums at most this many periods in one call. */
export const MAX_PERIODS = 60;

/** Every period of a type that overlaps the span, oldest first; only the latest `max` when there are more. */
export function chartPeriods(type: PeriodType, span: MonthSpan, max = MAX_PERIODS): string[] {
  const all = periodOptions(type, Math.floor(span.start / 12), Math.floor(span.end / 12))
    .map((o) => o.value)
    .reverse()
    .filter((id) => {
      const months = periodMonths(id)!;
      return months.end >= span.start && months.start <= span.end;
    });
  return all.slice(Math.max(0, all.length - max));
}

/** Yearly bars for long histories, quarters when a few years give a readable number of bars. */
export function defaultPeriodType(span: MonthSpan): PeriodType {
  return Math.floor(span.end / 12) - Math.floor(span.start / 12) + 1 > 4 ? 'YEAR' : 'QUARTER';
}

/** One value per period in the given order; a period nobody reported for counts 0. */
export function alignValues(periods: readonly string[], items: readonly Total[]): number[] {
  const byPeriod = new Map<string, number>();
  for (const item of items) {
    if (item.period) byPeriod.set(item.period, (byPeriod.get(item.period) ?? 0) + (item.value ?? 0));
  }
  return periods.map((p) => byPeriod.get(p) ?? 0);
}

/** The indicators that have any value, in the reference list's order, each with its total over all periods. */
export function indicatorsWithValues<T extends { code?: string }>(
  indicators: readonly T[],
  items: readonly Total[],
): (T & { total: number })[] {
  const totals = new Map<string, number>();
  for (const item of items) {
    if (item.indicatorCode) totals.set(item.indicatorCode, (totals.get(item.indicatorCode) ?? 0) + (item.value ?? 0));
  }
  const known = indicators
    .filter((i) => i.code && totals.has(i.code))
    .map((i) => ({ ...i, total: totals.get(i.code!)! }));
  // Codes missing from the reference list still deserve a choice.
  const unknown = [...totals.keys()]
    .filter((code) => !indicators.some((i) => i.code === code))
    .map((code) => ({ code, total: totals.get(code)! }) as T & { total: number });
  return [...known, ...unknown];
}
