import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  readListQuery,
  readPaging,
  withFilter,
  writeListQuery,
  writePaging,
  type ListQuery,
  type Paging,
} from '../lib/listQuery';

/** A list's state kept in the URL; every change is a history entry so back/forward walk through them. */
export function useListQuery<K extends string>(keys: readonly K[], defaultSize = 20) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Pages pass `keys` as a module constant, so the query changes only when the URL does.
  const query = useMemo(
    () => readListQuery(new URLSearchParams(search), keys, defaultSize),
    [search, keys, defaultSize],
  );
  const setQuery = useCallback(
    (next: ListQuery<K>, options?: { replace?: boolean }) => setParams(writeListQuery(next, defaultSize), options),
    [setParams, defaultSize],
  );
  return [query, setQuery] as const;
}

/**
 * A list page's filters, page and sort in the URL (useListQuery), and what a filter control needs of one filter:
 * `filter(key)` is its value and an onChange that sets it (back to the first page). A change of a filter also empties
 * those `clears` names for it (a commune belongs to one province); `clears` should be a module constant.
 */
export function useListFilters<K extends string>(keys: readonly K[], clears: Partial<Record<K, readonly K[]>> = {}) {
  const pager = useListQuery(keys);
  const [query, setQuery] = pager;
  const set = (key: K, value: string | undefined) =>
    setQuery((clears[key] ?? []).reduce((next, k) => withFilter(next, k, undefined), withFilter(query, key, value)));
  const filter = (key: K) => ({ value: query.filters[key], onChange: (value: string | undefined) => set(key, value) });
  return { pager, query, filters: query.filters, set, filter };
}

/**
 * One table's page, size and sort in the URL under a prefix (several tables can share a page); every change is a
 * history entry, like the lists' filters. `defaults` should be a module constant.
 */
export function useUrlPaging(prefix: string, defaults: Paging) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const paging = useMemo(() => readPaging(new URLSearchParams(search), prefix, defaults), [search, prefix, defaults]);
  const setPaging = useCallback(
    (next: Paging) => setParams((current) => writePaging(current, prefix, next, defaults)),
    [setParams, prefix, defaults],
  );
  return [paging, setPaging] as const;
}
