import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readListQuery, writeListQuery, type ListQuery } from './listQuery';

/** A list's state kept in the URL; every change is a history entry so back/forward walk through them. */
export function useListQuery<K extends string>(keys: readonly K[], defaultSize = 20) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Pages pass `keys` as a module constant, so the query changes only when the URL does.
  const query = useMemo(() => readListQuery(new URLSearchParams(search), keys, defaultSize), [search, keys, defaultSize]);
  const setQuery = useCallback(
    (next: ListQuery<K>, options?: { replace?: boolean }) => setParams(writeListQuery(next, defaultSize), options),
    [setParams, defaultSize],
  );
  return [query, setQuery] as const;
}
