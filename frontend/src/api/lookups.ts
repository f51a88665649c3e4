import { useQuery } from '@tanstack/react-query';
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

/** The communes of one province (every page of them: at most a few hundred), for useCommunes and name lookups. */
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
