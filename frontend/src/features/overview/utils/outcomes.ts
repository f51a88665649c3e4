/** Outcome totals shaped for the comparison table and the trend chart. */

export interface IndicatorInfo {
  code?: string;
  name?: string;
  unit?: string | null;
  sortOrder?: number;
  fractional?: boolean;
}

export interface TotalRow {
  indicatorCode?: string | null;
  period?: string | null;
  value?: number | null;
}

export interface ComparisonRow {
  indicatorCode: string;
  name: string;
  unit: string;
  current: number;
  previous: number;
  /** current − previous */
  change: number;
  /** change / previous; null when there was nothing before to compare with. */
  changeShare: number | null;
}

function byIndicatorAndPeriod(totals: TotalRow[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const t of totals) {
    if (!t.indicatorCode || !t.period) continue;
    const periods = out.get(t.indicatorCode) ?? new Map<string, number>();
    periods.set(t.period, (periods.get(t.period) ?? 0) + (t.value ?? 0));
    out.set(t.indicatorCode, periods);
  }
  return out;
}

function indicatorOrder(indicators: IndicatorInfo[]) {
  const rank = new Map(indicators.map((i, n) => [i.code, i.sortOrder ?? n]));
  return (a: string, b: string) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || a.localeCompare(b);
}

/** One row per indicator with a value in either period, in the indicators' own order. */
export function compareOutcomes(
  totals: TotalRow[],
  current: string,
  previous: string | null,
  indicators: IndicatorInfo[],
): ComparisonRow[] {
  const grouped = byIndicatorAndPeriod(totals);
  const rows: ComparisonRow[] = [];
  for (const code of [...grouped.keys()].sort(indicatorOrder(indicators))) {
    const values = grouped.get(code)!;
    const cur = values.get(current) ?? 0;
    const prev = previous ? (values.get(previous) ?? 0) : 0;
    if (!values.has(current) && !(previous && values.has(previous))) continue;
    const info = indicators.find((i) => i.code === code);
    rows.push({
      indicatorCode: code,
      name: info?.name ?? code,
      unit: info?.unit ?? '',
      current: cur,
      previous: prev,
      change: round(cur - prev),
      changeShare: prev > 0 ? (cur - prev) / prev : null,
    });
  }
  return rows;
}

/** The indicators that have any value in the given totals, in the indicators' order. */
export function indicatorsWithData(totals: TotalRow[], indicators: IndicatorInfo[]): string[] {
  return [...byIndicatorAndPeriod(totals).keys()].sort(indicatorOrder(indicators));
}

/** One indicator's value for each period (0 when nothing was reported), in the periods' order. */
export function trendSeries(totals: TotalRow[], indicatorCode: string, periods: string[]): number[] {
  const values = byIndicatorAndPeriod(totals).get(indicatorCode);
  return periods.map((p) => values?.get(p) ?? 0);
}

/** Sums of fractional values pick up float noise (0.1 + 0.2); two decimals is what the API stores. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
