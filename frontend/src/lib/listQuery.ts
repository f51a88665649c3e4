/**
 * A list's filters, page and sort as they live in the URL query string, so that back/forward and a shared
 * link bring the same list back. Pages are 1-based in the URL (what people read) and 0-based for the API.
 */
export interface ListQuery<K extends string> {
  filters: Partial<Record<K, string>>;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  /** `field` or `-field`, or undefined for the API's default order. */
  sort?: string;
}

export const PAGE_SIZES = [10, 20, 50, 100];

/** Which page of a list, how long, in which order: what every paged request carries. */
export interface Paging {
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  /** `field` or `-field`, or undefined for the API's default order. */
  sort?: string;
}

/**
 * The paging of one of several tables on a page, kept in the URL under its own prefix (`communesPage=3`,
 * `communesSize`, `communesSort`) next to the page's other parameters, so a reload or Back shows the same rows.
 * What equals the default is left out of the URL.
 */
export function readPaging(params: URLSearchParams, prefix: string, defaults: Paging): Paging {
  const page = Number.parseInt(params.get(`${prefix}Page`) ?? '', 10);
  const size = Number.parseInt(params.get(`${prefix}Size`) ?? '', 10);
  return {
    page: page >= 1 ? page - 1 : defaults.page,
    size: size >= 1 && size <= 500 ? size : defaults.size,
    sort: params.get(`${prefix}Sort`) || defaults.sort,
  };
}

/** The URL parameters with one table's paging written in; every other parameter is kept. */
export function writePaging(
  params: URLSearchParams,
  prefix: string,
  paging: Paging,
  defaults: Paging,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | undefined, fallback: string | undefined) => {
    if (value === undefined || value === fallback) next.delete(`${prefix}${name}`);
    else next.set(`${prefix}${name}`, value);
  };
  set('Page', String(paging.page + 1), String(defaults.page + 1));
  set('Size', String(paging.size), String(defaults.size));
  set('Sort', paging.sort, defaults.sort);
  return next;
}

/** A list's query as the API's parameters: the filters, the 0-based page, the size and the sort. */
export function apiParams<K extends string>(query: ListQuery<K>): Partial<Record<K, string>> & Paging {
  return { ...query.filters, page: query.page, size: query.size, sort: query.sort };
}

export function readListQuery<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
  defaultSize = 20,
): ListQuery<K> {
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1) - 1;
  const rawSize = Number.parseInt(params.get('size') ?? '', 10);
  const size = rawSize >= 1 && rawSize <= 500 ? rawSize : defaultSize;
  const sort = params.get('sort') || undefined;
  return { filters, page, size, sort };
}

export function writeListQuery<K extends string>(query: ListQuery<K>, defaultSize = 20): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query.filters) as [K, string | undefined][]) {
    if (value) params.set(key, value);
  }
  if (query.page > 0) params.set('page', String(query.page + 1));
  if (query.size !== defaultSize) params.set('size', String(query.size));
  if (query.sort) params.set('sort', query.sort);
  return params;
}

/** A new query with one filter changed: back to the first page, since the old page may not exist any more. */
export function withFilter<K extends string>(
  query: ListQuery<K>,
  key: NoInfer<K>,
  value: string | undefined | null,
): ListQuery<K> {
  const filters = { ...query.filters };
  if (value) filters[key] = value;
  else delete filters[key];
  return { ...query, filters, page: 0 };
}

/** The antd sortOrder a column shows for the current sort. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** The API sort for what antd's sorter reports (a column key and an order, or nothing). */
export function sortFromSorter(
  sorter: { columnKey?: unknown; field?: unknown; order?: string | null } | unknown,
): string | undefined {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one || typeof one !== 'object') return undefined;
  const { columnKey, field, order } = one as { columnKey?: unknown; field?: unknown; order?: string | null };
  const key = typeof columnKey === 'string' ? columnKey : typeof field === 'string' ? field : undefined;
  if (!key || !order) return undefined;
  return order === 'descend' ? `-${key}` : key;
}

/**
 * The query after antd's table reports a change: the page it moved to, or, for a new sort or page size,
 * the first page again (the old page may not exist in the new order or size).
 */
export function afterTableChange<Q extends Paging>(
  query: Q,
  pagination: { current?: number; pageSize?: number },
  sorter: unknown,
  action: string,
): Q {
  const size = pagination.pageSize ?? query.size;
  const page = action === 'paginate' && size === query.size ? (pagination.current ?? 1) - 1 : 0;
  return { ...query, page, size, sort: sortFromSorter(sorter) };
}
