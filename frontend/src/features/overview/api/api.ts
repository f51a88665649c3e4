import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import type { PeriodType } from '../../../format';
import { communeQuery } from '../../../api/lookups';
import { outcomeKeys, pointKeys, summaryKeys } from '../../../api/queryKeys';
import { summaryQuery } from './summaryQuery';

/**
 * The dashboard summaries, all through the client generated from openapi.yaml. The contract marks no field
 * required, but the API always fills these, so the rows are typed as complete.
 */

export type ProvinceRow = Required<Schemas['ProvinceSummaryRow']>;
export type ProvinceComparison = Omit<Required<Schemas['ProvinceComparison']>, 'items'> & { items: ProvinceRow[] };
export type CommuneRow = Required<Schemas['CommuneSummaryRow']>;
export type QuietPoint = Required<Schemas['QuietPoint']>;

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface QuietPoints extends Page<QuietPoint> {
  periods: string[];
}

/** National figures, or one province's when a code is given. */
export function useSummary(period: string, provinceCode?: string, enabled = true) {
  return useQuery({ ...summaryQuery(period, provinceCode), enabled, placeholderData: keepPreviousData });
}

export function useProvinceComparison(period: string) {
  return useQuery({
    queryKey: summaryKeys.provinces(period),
    queryFn: () =>
      unwrap(api.GET('/api/v1/summary/provinces', { params: { query: { period } } })) as Promise<ProvinceComparison>,
    placeholderData: keepPreviousData,
  });
}

/** Totals per indicator and period for several periods at once (one request for a table and a chart). */
export function useOutcomeTotals(periods: string[], provinceCode?: string) {
  const params = { groupBy: 'indicatorCode,period', period: periods.join(','), provinceCode };
  return useQuery({
    queryKey: outcomeKeys.totals(params),
    queryFn: () => unwrap(api.GET('/api/v1/outcomes/summary', { params: { query: params } })),
    select: (data) => data.items ?? [],
    placeholderData: keepPreviousData,
  });
}

export function useCommuneSummary(provinceCode: string, period: string, page: number, size: number, sort: string) {
  const params = { provinceCode, period, page, size, sort };
  return useQuery({
    queryKey: summaryKeys.communes(params),
    queryFn: () =>
      unwrap(api.GET('/api/v1/summary/communes', { params: { query: params } })) as Promise<Page<CommuneRow>>,
    placeholderData: keepPreviousData,
  });
}

export function useQuietPoints(params: { provinceCode?: string; periodType: PeriodType; page: number; size: number }) {
  return useQuery({
    queryKey: pointKeys.quiet(params),
    queryFn: () =>
      unwrap(api.GET('/api/v1/replication-points/quiet', { params: { query: params } })) as Promise<QuietPoints>,
    placeholderData: keepPreviousData,
  });
}

const NAME_CACHE = { staleTime: 10 * 60_000, retry: false } as const;

export function useCommuneNames(codes: string[]): Map<string, string> {
  const unique = [...new Set(codes.filter(Boolean))];
  const results = useQueries({
    queries: unique.map((code) => ({ ...communeQuery(code), ...NAME_CACHE })),
  });
  return new Map(unique.map((code, i) => [code, results[i].data?.fullName ?? results[i].data?.name ?? code]));
}
