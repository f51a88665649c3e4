import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type QueryOf, type Schemas } from '../../../api/client';
import { communeQuery } from '../../../api/lookups';
import { modelKeys, outcomeKeys, pointKeys, summaryKeys } from '../../../api/queryKeys';
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

/** The one query of a page of points: the lists, the map and the entry pickers share it. */
export function pointsQuery(params: QueryOf<'/api/v1/replication-points'>) {
  return {
    queryKey: pointKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/replication-points', { params: { query: params } })),
  };
}

/** One page of points for these API query parameters; a pager keeps the last page shown while the next loads. */
export function usePoints(params: QueryOf<'/api/v1/replication-points'>, { keepPrevious = true } = {}) {
  return useQuery({ ...pointsQuery(params), placeholderData: keepPrevious ? keepPreviousData : undefined });
}

/** One page of a point's stored outcomes. */
export function usePointOutcomes(params: QueryOf<'/api/v1/outcomes'>) {
  return useQuery({
    queryKey: outcomeKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/outcomes', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
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
  return unwrap(
    api.PUT('/api/v1/replication-points/{id}', {
      params: { path: { id }, header: etag ? { 'If-Match': etag } : undefined },
      body: input,
    }),
  );
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
