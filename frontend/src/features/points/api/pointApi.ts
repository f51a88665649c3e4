import { useMemo } from 'react';
import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { communeQuery, communesQuery } from '../../../api/lookups';
import { modelKeys, pointKeys, summaryKeys } from '../../../api/queryKeys';
import { modelQuery } from '../../models';
import type { Versioned } from '../../models';

export type Point = Schemas['ReplicationPoint'];
export type PointInput = Schemas['ReplicationPointInput'];
export type Commune = Schemas['Commune'];

export async function fetchPoint(id: string | number): Promise<Versioned<Point>> {
  const result = await api.GET('/api/v1/replication-points/{id}', { params: { path: { id: Number(id) } } });
  const data = await unwrap(Promise.resolve(result));
  return { data, etag: result.response.headers.get('ETag') ?? `"${data.version ?? 0}"` };
}

/** The one query of a point record, shared by the point page, its form and the entry page. */
export function pointQuery(id: string | number) {
  return { queryKey: pointKeys.detail(id), queryFn: () => fetchPoint(id) };
}

export function usePoint(id: string | undefined) {
  return useQuery({ ...pointQuery(id ?? ''), enabled: !!id });
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
  client.invalidateQueries({ queryKey: pointKeys.all });
  // Model summaries and the period figures count points, teams and members.
  client.invalidateQueries({ queryKey: modelKeys.all });
  client.invalidateQueries({ queryKey: summaryKeys.all });
}

/** One commune by code (for a point whose province's list is not loaded). */
export function useCommune(code: string | null | undefined) {
  return useQuery(communeQuery(code));
}

/**
 * Commune names for a list that only carries codes: the communes of every province on the page, shared with
 * useCommunes (same query key and shape), so a page usually costs one request per province, once per session.
 */
export function useCommuneNames(provinceCodes: readonly (string | undefined)[]): (code: string | undefined) => string {
  const distinct = [...new Set(provinceCodes.filter((c): c is string => !!c))];
  const results = useQueries({
    queries: distinct.map((provinceCode) => communesQuery(provinceCode)),
  });
  return useLookup(results, (names, data: Commune[]) => { for (const c of data) if (c.code) names.set(c.code, c.name ?? c.code); });
}

/** Model names for a list that only carries codes (each model read once, shared with the model page). */
export function useModelNames(codes: readonly (string | undefined)[]): (code: string | undefined) => string {
  const distinct = [...new Set(codes.filter((c): c is string => !!c))];
  const results = useQueries({
    queries: distinct.map((code) => ({ ...modelQuery(code), staleTime: 5 * 60_000 })),
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
