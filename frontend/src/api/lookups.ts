import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useLookup } from '../hooks/useLookup';
import { api, unwrap, type Schemas } from './client';
import type { Session } from '../auth/session';
import { categoryKeys, communeKeys, indicatorKeys, provinceKeys } from './queryKeys';

/** Reference lists that change rarely: read once per session and shared by every page. */
const LONG = { staleTime: 10 * 60_000 };

export function useProvinces() {
  return useQuery({
    queryKey: provinceKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/provinces', { params: { query: { size: 100, sort: 'name' } } })),
    select: (page) => (page.items ?? []) as Schemas['Province'][],
    ...LONG,
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: indicatorKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/indicators', { params: { query: { size: 500, sort: 'sortOrder' } } })),
    select: (page) => (page.items ?? []) as Schemas['Indicator'][],
    ...LONG,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: categoryKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/model-categories', { params: { query: { size: 500, sort: 'sortOrder' } } })),
    select: (page) => (page.items ?? []) as Schemas['ModelCategory'][],
    ...LONG,
  });
}

/**
 * The one communes pager: every page of one province's communes (at most a few hundred), read once per session and
 * shared by the unit picker, the list filters, the point form and the name lookups (same key, same shape).
 */
export function communesQuery(provinceCode: string | null | undefined) {
  return {
    queryKey: communeKeys.ofProvince(provinceCode),
    enabled: !!provinceCode,
    queryFn: async () => {
      const items: Schemas['Commune'][] = [];
      for (let page = 0; ; page++) {
        const result = await unwrap(
          api.GET('/api/v1/communes', {
            params: { query: { provinceCode: provinceCode!, page, size: 500, sort: 'name' } },
          }),
        );
        items.push(...(result.items ?? []));
        if (items.length >= (result.total ?? 0) || !(result.items ?? []).length) return items;
      }
    },
    ...LONG,
  };
}

export function useCommunes(provinceCode: string | null | undefined) {
  return useQuery(communesQuery(provinceCode));
}

export interface CommuneOption {
  value: string;
  label: string;
}

/**
 * A province's communes as select options, from the one pager. `fullNames` labels them "Xã Phong Thổ" rather than
 * "Phong Thổ"; `only` keeps one commune (a user held to their commune sees only it).
 */
export function useCommuneOptions(
  provinceCode: string | null | undefined,
  { fullNames = false, only = null }: { fullNames?: boolean; only?: string | null } = {},
) {
  const communes = useCommunes(provinceCode);
  const options = useMemo<CommuneOption[]>(
    () =>
      (communes.data ?? [])
        .filter((c) => !only || c.code === only)
        .map((c) => ({ value: c.code!, label: (fullNames ? c.fullName : undefined) ?? c.name ?? c.code! })),
    [communes.data, fullNames, only],
  );
  return { options, data: communes.data, isFetching: communes.isFetching, isError: communes.isError };
}

/**
 * Commune names for a list that only carries codes: the communes of every province on the page, from the one
 * pager, so a page usually costs one request per province, once per session.
 */
export function useCommuneNames(provinceCodes: readonly (string | undefined)[]): (code: string | undefined) => string {
  const distinct = [...new Set(provinceCodes.filter((c): c is string => !!c))];
  const results = useQueries({
    queries: distinct.map((provinceCode) => communesQuery(provinceCode)),
  });
  return useLookup(results, (names, data: Schemas['Commune'][]) => {
    for (const c of data) if (c.code) names.set(c.code, c.name ?? c.code);
  });
}

/** One commune by code (for a point or a list row whose province's communes are not loaded). */
export function communeQuery(code: string | null | undefined) {
  return {
    queryKey: communeKeys.detail(code),
    enabled: !!code,
    queryFn: () => unwrap(api.GET('/api/v1/communes/{code}', { params: { path: { code: code! } } })),
    ...LONG,
  };
}

/** The signed-in user's rights, as the API sees them. */
export function fetchSession(): Promise<Session> {
  return unwrap(api.GET('/api/v1/me')) as Promise<Session>;
}

/** A name lookup built from a list, for tables that only carry codes. */
export function nameOf<T extends { code?: string; name?: string }>(
  items: T[] | undefined,
  code: string | null | undefined,
): string {
  if (!code) return '—';
  return items?.find((i) => i.code === code)?.name ?? code;
}
