import { keepPreviousData, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { useLookup } from '../../../hooks/useLookup';
import { api, unwrap, type QueryOf, type Schemas } from '../../../api/client';
import { modelKeys, summaryKeys } from '../../../api/queryKeys';

export type Model = Schemas['Model'];
export type ModelInput = Schemas['ModelInput'];

export interface Versioned<T> {
  data: T;
  /** The ETag the server sent, for If-Match on the next PUT. */
  etag: string;
}

/** A model with its ETag (the body's version stands in if the header is not exposed). */
export async function fetchModel(code: string): Promise<Versioned<Model>> {
  const result = await api.GET('/api/v1/models/{code}', { params: { path: { code } } });
  const data = await unwrap(Promise.resolve(result));
  return { data, etag: result.response.headers.get('ETag') ?? `"${data.version ?? 0}"` };
}

/** The one query of a model record: the model page, pickers and name lookups share it (and its shape). */
export function modelQuery(code: string) {
  return { queryKey: modelKeys.detail(code), queryFn: () => fetchModel(code) };
}

export function useModel(code: string | undefined) {
  return useQuery({ ...modelQuery(code ?? ''), enabled: !!code });
}

/** The one query of a page of models: the lists, the province's models and the entry pickers share it. */
export function modelsQuery(params: QueryOf<'/api/v1/models'>) {
  return {
    queryKey: modelKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/models', { params: { query: params } })),
  };
}

/** One page of models for these API query parameters (the last page stays shown while the next loads). */
export function useModels(params: QueryOf<'/api/v1/models'>) {
  return useQuery({ ...modelsQuery(params), placeholderData: keepPreviousData });
}

/** The model's outcome totals for these summary parameters (grouped by indicator and/or period). */
export function useModelOutcomes(code: string, params: QueryOf<'/api/v1/outcomes/summary'>) {
  return useQuery({
    queryKey: modelKeys.outcomes(code, params),
    queryFn: () => unwrap(api.GET('/api/v1/outcomes/summary', { params: { query: params } })),
  });
}

/** The model's figures today: points, teams, members and commune coverage. */
export function useModelSummary(code: string) {
  return useQuery({
    queryKey: modelKeys.summary(code),
    queryFn: () => unwrap(api.GET('/api/v1/models/{code}/summary', { params: { path: { code } } })),
  });
}

/** Every status change of a model, oldest first. */
export function useModelHistory(code: string) {
  return useQuery({
    queryKey: modelKeys.history(code),
    // A model changes status a handful of times; one page of 500 is its whole life.
    queryFn: () =>
      unwrap(api.GET('/api/v1/models/{code}/history', { params: { path: { code }, query: { size: 500 } } })),
  });
}

/**
 * Model names for a list that only carries codes: one cached read per distinct model, shared with the model
 * page (same key and shape), so a page of rows never asks twice; an unknown code shows as itself.
 */
export function useModelNames(codes: readonly (string | undefined)[]): (code: string | undefined) => string {
  const distinct = [...new Set(codes.filter((c): c is string => !!c))];
  const results = useQueries({
    queries: distinct.map((code) => ({ ...modelQuery(code), staleTime: 10 * 60_000, retry: false })),
  });
  return useLookup(results, (names, data: Versioned<Model>) => {
    if (data.data.code) names.set(data.data.code, data.data.name ?? data.data.code);
  });
}

/** Creates (no code given) or replaces a model; answers the saved model. */
export async function saveModel(code: string | undefined, input: ModelInput, etag?: string): Promise<Model> {
  if (!code) return unwrap(api.POST('/api/v1/models', { body: input }));
  return unwrap(
    api.PUT('/api/v1/models/{code}', {
      params: { path: { code }, header: etag ? { 'If-Match': etag } : undefined },
      body: input,
    }),
  );
}

/** After a model changes: its page, the catalogue, its summary and history, lists that name it, the counts. */
export function invalidateModel(client: QueryClient) {
  client.invalidateQueries({ queryKey: modelKeys.all });
  client.invalidateQueries({ queryKey: summaryKeys.all });
}
