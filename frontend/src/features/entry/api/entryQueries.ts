import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { outcomeKeys } from '../../../api/queryKeys';
import { modelsQuery } from '../../models';
import { pointQuery, pointsQuery } from '../../points';
import { belongsTo, storedQuery, type UnitSelection } from '../utils/entryGrid';
import type { buildBatch } from '../utils/entryGrid';

const LIST = { staleTime: 5 * 60_000 };

/** Models a province built, for the model pickers. */
export function useProvinceModels(provinceCode: string | null | undefined) {
  const params = { provinceCode: provinceCode ?? undefined, size: 500, sort: 'name' };
  return useQuery({
    ...modelsQuery(params),
    enabled: !!provinceCode,
    select: (page) => (page.items ?? []) as Schemas['Model'][],
    ...LIST,
  });
}

/** The points of one commune, for the point picker and for models replicated into it. */
export function useCommunePoints(communeCode: string | null | undefined) {
  const params = { communeCode: communeCode ?? undefined, size: 500, sort: 'placeName' };
  return useQuery({
    ...pointsQuery(params),
    enabled: !!communeCode,
    select: (page) => ({ items: (page.items ?? []) as Schemas['ReplicationPoint'][], total: page.total ?? 0 }),
    ...LIST,
  });
}

/** One point, when a link names it by id only. */
export function usePoint(id: number | null | undefined) {
  // The point page's query (a point with its ETag), so the shared key always holds one shape.
  return useQuery({ ...pointQuery(id ?? ''), enabled: !!id, select: (point) => point.data });
}

/** Stores one batch of the grid (all or nothing); answers how many values were created, updated or unchanged. */
export function saveOutcomeBatch(values: ReturnType<typeof buildBatch>['values']) {
  return unwrap(api.POST('/api/v1/outcomes', { body: { values } }));
}

/** Values stored for exactly this unit and period. */
export function useStoredValues(sel: UnitSelection, period: string | null) {
  const query = period ? storedQuery(sel, period) : null;
  return useQuery({
    queryKey: outcomeKeys.list(query ?? {}),
    enabled: !!query,
    queryFn: () => unwrap(api.GET('/api/v1/outcomes', { params: { query: query ?? undefined } })),
    select: (page) => ((page.items ?? []) as Schemas['Outcome'][]).filter((v) => belongsTo(v, sel, period as string)),
    staleTime: 0,
  });
}
