import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, rawFetch, rawJson, unwrap, type Schemas } from '../../api/client';
import type { PeriodType } from '../../format';

/** The dashboard summaries: typed calls where the contract is generated, raw calls for the newer endpoints. */

export interface ProvinceRow {
  provinceCode: string;
  provinceName: string;
  modelCount: number;
  nationalModelCount: number;
  pointCount: number;
  activePointCount: number;
  teamCount: number;
  memberCount: number;
  communeCount: number;
  coveredCommuneCount: number;
  coverage: number | null;
}

export interface ProvinceComparison {
  period: string | null;
  asOf: string | null;
  items: ProvinceRow[];
}

export interface CommuneRow {
  communeCode: string;
  communeName: string;
  modelCount: number;
  pointCount: number;
  activePointCount: number;
  teamCount: number;
  memberCount: number;
  covered: boolean;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface QuietPoint {
  id: number;
  externalId?: string | null;
  placeName: string;
  modelCode: string;
  communeCode: string;
  provinceCode: string;
  establishedOn?: string | null;
  teamCount?: number | null;
  memberCount?: number | null;
  lastReportedPeriod: string | null;
}

export interface QuietPoints extends Page<QuietPoint> {
  periods: string[];
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const getJson = <T,>(path: string, params: Record<string, string | number | null | undefined> = {}) =>
  rawFetch(path + query(params)).then((r) => rawJson<T>(r));

/** National figures, or one province's when a code is given. */
export function useSummary(period: string, provinceCode?: string, enabled = true) {
  return useQuery({
    queryKey: ['summary', provinceCode ?? 'VN', period],
    enabled,
    queryFn: () => provinceCode
      ? unwrap(api.GET('/api/v1/provinces/{code}/summary', { params: { path: { code: provinceCode }, query: { period } } }))
      : unwrap(api.GET('/api/v1/summary', { params: { query: { period } } })),
    placeholderData: keepPreviousData,
  });
}

export function useProvinceComparison(period: string) {
  return useQuery({
    queryKey: ['summary-provinces', period],
    queryFn: () => getJson<ProvinceComparison>('/api/v1/summary/provinces', { period }),
    placeholderData: keepPreviousData,
  });
}

/** Totals per indicator and period for several periods at once (one request for a table and a chart). */
export function useOutcomeTotals(periods: string[], provinceCode?: string) {
  const period = periods.join(',');
  return useQuery({
    queryKey: ['outcome-totals', provinceCode ?? 'VN', period],
    queryFn: () => unwrap(api.GET('/api/v1/outcomes/summary', {
      params: { query: { groupBy: 'indicatorCode,period', period, provinceCode } },
    })),
    select: (data) => data.items ?? [],
    placeholderData: keepPreviousData,
  });
}

export function useCommuneSummary(provinceCode: string, period: string, page: number, size: number, sort: string) {
  return useQuery({
    queryKey: ['summary-communes', provinceCode, period, page, size, sort],
    queryFn: () => getJson<Page<CommuneRow>>('/api/v1/summary/communes', { provinceCode, period, page, size, sort }),
    placeholderData: keepPreviousData,
  });
}

export function useQuietPoints(params: { provinceCode?: string; periodType: PeriodType; page: number; size: number }) {
  return useQuery({
    queryKey: ['quiet-points', params],
    queryFn: () => getJson<QuietPoints>('/api/v1/replication-points/quiet', params),
    placeholderData: keepPreviousData,
  });
}

export function useProvinceModels(provinceCode: string, page: number, size: number, sort: string) {
  return useQuery({
    queryKey: ['models', { provinceCode, page, size, sort }],
    queryFn: () => unwrap(api.GET('/api/v1/models', { params: { query: { provinceCode, page, size, sort } } })),
    placeholderData: keepPreviousData,
  });
}

const NAME_CACHE = { staleTime: 10 * 60_000, retry: false } as const;

/**
 * Names for the codes a list carries (quiet points name only model and commune codes): one cached request per
 * distinct code, so a page of ten rows asks for at most ten names and never asks twice.
 */
export function useModelNames(codes: string[]): Map<string, string> {
  const unique = [...new Set(codes.filter(Boolean))];
  const results = useQueries({
    queries: unique.map((code) => ({
      queryKey: ['model', code],
      queryFn: () => unwrap(api.GET('/api/v1/models/{code}', { params: { path: { code } } })) as Promise<Schemas['Model']>,
      ...NAME_CACHE,
    })),
  });
  return new Map(unique.map((code, i) => [code, results[i].data?.name ?? code]));
}

export function useCommuneNames(codes: string[]): Map<string, string> {
  const unique = [...new Set(codes.filter(Boolean))];
  const results = useQueries({
    queries: unique.map((code) => ({
      queryKey: ['commune', code],
      queryFn: () => unwrap(api.GET('/api/v1/communes/{code}', { params: { path: { code } } })) as Promise<Schemas['Commune']>,
      ...NAME_CACHE,
    })),
  });
  return new Map(unique.map((code, i) => [code, results[i].data?.fullName ?? results[i].data?.name ?? code]));
}
