import { useMemo } from 'react';
import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { fetchModel, modelKey } from '../models/modelApi';
import type { Versioned } from '../models/modelApi';

export type Point = Schemas['ReplicationPoint'];
export type PointInput = Schemas['ReplicationPointInput'];
export type Commune = Schemas['Commune'];

/** Every query about points starts with this key, so one invalidation refreshes them all. */
export const POINTS_KEY = 'points';
export const pointKey = (id: string | number) => [POINTS_KEY, 'one', String(id)] as const;

export async function fetchPoint(id: string | number): Promise<Versioned<Point>> {
  const result = await api.GET('/api/v1/replication-points/{id}', { params: { path: { id: Number(id) } } });
  const data = await unwrap(Promise.resolve(result));
  return { data, etag: result.response.headers.get('ETag') ?? `"${data.version ?? 0}"` };
}

export function usePoint(id: string | undefined) {
  return useQuery({ queryKey: pointKey(id ?? ''), queryFn: () => fetchPoint(id!), enabled: !!id });
}

/** Creates (no id) or replaces a point; answers the saved point. */
export async function savePoint(id: number | undefined, input: PointInput, etag?: string): Promise<Point> {
  if (id === undefined) {
    const result = await api.POST('/api/v1/replication-points', { body: input });
    // The contract requires the id in a created point's body (the Location header says the same).
    return unwrap(Promise.resolve(result));
  }
  return unwrap(api.PUT('/api/v1/replication-points/{id}', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : undefined },
    body: input,
  }));
}

export function invalidatePoints(client: QueryClient) {
  client.invalidateQueries({ queryKey: [POINTS_KEY] });
  // Model summaries count points, teams and members.
  client.invalidateQueries({ queryKey: ['models'] });
}

/** One commune by code (for a point whose province's list is not loaded). */
export function useCommune(code: string | null | undefined) {
  return useQuery({
    queryKey: ['commune', code],
    enabled: !!code,
    queryFn: () => unwrap(api.GET('/api/v1/communes/{code}', { params: { path: { code: code! } } })),
    staleTime: 10 * 60_000,
  });
}

/**
 * Commune names for a list that only carries codes: the communes of every province on the page, shared with
 * useCommunes (same query key and shape), so a page usually costs one request per province, once per session.
 */
export function useCommuneNames(provinceCodes: readonly (string | undefined)[]): (code: string | undefined) => string {
  const distinct = [...new Set(provinceCodes.filter((c): c is string => !!c))];
  const results = useQueries({
    queries: distinct.map((provinceCode) => ({
      queryKey: ['communes', provinceCode],
      queryFn: () => fetchCommunes(provinceCode),
      staleTime: 10 * 60_000,
    })),
  });
  return useLookup(results, (names, data: Commune[]) => { for (const c of data) if (c.code) names.set(c.code, c.name ?? c.code); });
}

async function fetchCommunes(provinceCode: string): Promise<Commune[]> {
  const items: Commune[] = [];
  for (let page = 0; ; page++) {
    const result = await unwrap(api.GET('/api/v1/communes', { params: { query: { provinceCode, page, size: 500, sort: 'name' } } }));
    items.push(...(result.items ?? []));
    if (items.length >= (result.total ?? 0) || !(result.items ?? []).length) return items;
  }
}

/** Model names for a list that only carries codes (each model read once, shared with the model page). */
export function useModelNames(codes: readonly (string | undefined)[]): (code: string | undefined) => string {
  const distinct = [...new Set(codes.filter((c): c is string => !!c))];
  const results = useQueries({
    queries: distinct.map((code) => ({ queryKey: modelKey(code), queryFn: () => fetchModel(code), staleTime: 5 * 60_000 })),
  });
  return useLookup(results, (names, data: Versioned<Schemas['Model']>) => { if (data.data.code) names.set(data.data.code, data.data.name ?? data.data.code); });
}

/** A code → name function that keeps its identity until the loaded data changes (safe in memo dependencies). */
function useLookup<T>(results: { data?: T; dataUpdatedAt: number }[], add: (names: Map<string, string>, data: T) => void) {
  const stamp = results.map((r) => r.dataUpdatedAt).join(',');
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const r of results) if (r.data) add(names, r.data);
    return (code: string | undefined) => (code ? names.get(code) ?? code : '—');
    // The stamp changes whenever any result's data does.
  }, [stamp]);
}
