import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import type { Session } from '../auth/session';

/** Reference lists that change rarely: read once per session and shared by every page. */
const LONG = { staleTime: 10 * 60_000 };

export function useProvinces() {
  return useQuery({
    queryKey: ['provinces'],
    queryFn: () => unwrap(api.GET('/api/v1/provinces', { params: { query: { size: 100, sort: 'name' } as never } })),
    select: (page) => (page.items ?? []) as Schemas['Province'][],
    ...LONG,
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: ['indicators'],
    queryFn: () => unwrap(api.GET('/api/v1/indicators', { params: { query: { size: 500, sort: 'sortOrder' } as never } })),
    select: (page) => (page.items ?? []) as Schemas['Indicator'][],
    ...LONG,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: () => unwrap(api.GET('/api/v1/model-categories', { params: { query: { size: 500, sort: 'sortOrder' } as never } })),
    select: (page) => (page.items ?? []) as Schemas['ModelCategory'][],
    ...LONG,
  });
}

/** The communes of one province (every page of them: at most a few hundred). */
export function useCommunes(provinceCode: string | null | undefined) {
  return useQuery({
    queryKey: ['communes', provinceCode],
    enabled: !!provinceCode,
    queryFn: async () => {
      const items: Schemas['Commune'][] = [];
      for (let page = 0; ; page++) {
        const result = await unwrap(api.GET('/api/v1/communes', { params: { query: { provinceCode, page, size: 500, sort: 'name' } as never } }));
        items.push(...(result.items ?? []));
        if (items.length >= (result.total ?? 0) || !(result.items ?? []).length) return items;
      }
    },
    ...LONG,
  });
}

/** The signed-in user's rights, as the API sees them. */
export function fetchSession(): Promise<Session> {
  return unwrap(api.GET('/api/v1/me')) as Promise<Session>;
}

/** A name lookup built from a list, for tables that only carry codes. */
export function nameOf<T extends { code?: string; name?: string }>(items: T[] | undefined, code: string | null | undefined): string {
  if (!code) return '—';
  return items?.find((i) => i.code === code)?.name ?? code;
}
