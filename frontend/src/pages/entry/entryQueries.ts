import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { belongsTo, storedQuery, type UnitSelection } from './entryGrid';

const LIST = { staleTime: 5 * 60_000 };

/** Models a province built, for the model pickers. */
export function useProvinceModels(provinceCode: string | null | undefined) {
  return useQuery({
    queryKey: ['entry', 'models', provinceCode],
    enabled: !!provinceCode,
    queryFn: () => unwrap(api.GET('/api/v1/models', { params: { query: { provinceCode, size: 500, sort: 'name' } as never } })),
    select: (page) => (page.items ?? []) as Schemas['Model'][],
    ...LIST,
  });
}

/** The points of one commune, for the point picker and for models replicated into it. */
export function useCommunePoints(communeCode: string | null | undefined) {
  return useQuery({
    queryKey: ['entry', 'points', communeCode],
    enabled: !!communeCode,
    queryFn: () => unwrap(api.GET('/api/v1/replication-points', { params: { query: { communeCode, size: 500, sort: 'placeName' } as never } })),
    select: (page) => ({ items: (page.items ?? []) as Schemas['ReplicationPoint'][], total: page.total ?? 0 }),
    ...LIST,
  });
}

/** One point, when a link names it by id only. */
export function usePoint(id: number | null | undefined) {
  return useQuery({
    queryKey: ['entry', 'point', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/v1/replication-points/{id}', { params: { path: { id: Number(id) } } })),
  });
}

/** Values stored for exactly this unit and period. */
export function useStoredValues(sel: UnitSelection, period: string | null) {
  const query = period ? storedQuery(sel, period) : null;
  return useQuery({
    queryKey: ['outcomes', 'entry', query],
    enabled: !!query,
    queryFn: () => unwrap(api.GET('/api/v1/outcomes', { params: { query: query as never } })),
    select: (page) => ((page.items ?? []) as Schemas['Outcome'][]).filter((v) => belongsTo(v, sel, period as string)),
    staleTime: 0,
  });
}
