/**
 * Every TanStack Query key of the dashboard, one factory per resource. A key is [resource, kind, ...arguments]:
 * the kind names what the cached data is (one page of a list, one record, a summary), so two queries whose answers
 * have different shapes can never share a key (queryKeys.test.ts enforces it), and invalidating `x.all` refreshes
 * everything about a resource. Queries and invalidations use these functions only, never inline arrays.
 */

/** The query parameters of a list request, as sent to the API. */
export type ListParams = Record<string, string | number | boolean | null | undefined>;

export const provinceKeys = {
  all: ['provinces'] as const,
  /** Every province (one page of up to 100). */
  list: () => [...provinceKeys.all, 'list'] as const,
};

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: () => [...indicatorKeys.all, 'list'] as const,
};

export const categoryKeys = {
  all: ['categories'] as const,
  list: () => [...categoryKeys.all, 'list'] as const,
};

export const communeKeys = {
  all: ['communes'] as const,
  /** Every commune of a province, as one array. */
  ofProvince: (provinceCode: string | null | undefined) =>
    [...communeKeys.all, 'of-province', provinceCode ?? null] as const,
  /** One commune. */
  detail: (code: string | null | undefined) => [...communeKeys.all, 'detail', code ?? null] as const,
};

export const modelKeys = {
  all: ['models'] as const,
  lists: () => [...modelKeys.all, 'list'] as const,
  /** One page of models for these API query parameters. */
  list: (params: ListParams) => [...modelKeys.lists(), params] as const,
  /** One model with its ETag. */
  detail: (code: string) => [...modelKeys.all, 'detail', code] as const,
  /** A model's figures today. */
  summary: (code: string) => [...modelKeys.all, 'summary', code] as const,
  /** A model's status changes. */
  history: (code: string) => [...modelKeys.all, 'history', code] as const,
  /** A model's outcome totals for these API query parameters. */
  outcomes: (code: string, params: ListParams) => [...modelKeys.all, 'outcomes', code, params] as const,
};

export const pointKeys = {
  all: ['points'] as const,
  lists: () => [...pointKeys.all, 'list'] as const,
  /** One page of points for these API query parameters. */
  list: (params: ListParams) => [...pointKeys.lists(), params] as const,
  /** One point with its ETag. */
  detail: (id: string | number) => [...pointKeys.all, 'detail', String(id)] as const,
  /** Active points that reported nothing lately, one page. */
  quiet: (params: ListParams) => [...pointKeys.all, 'quiet', params] as const,
};

export const outcomeKeys = {
  all: ['outcomes'] as const,
  /** One page of stored values for these API query parameters. */
  list: (params: ListParams) => [...outcomeKeys.all, 'list', params] as const,
  /** Totals grouped as the parameters say (GET /outcomes/summary). */
  totals: (params: ListParams) => [...outcomeKeys.all, 'totals', params] as const,
};

export const summaryKeys = {
  all: ['summary'] as const,
  /** The headline figures of a period, nationwide (no province) or for one province. */
  figures: (period: string, provinceCode?: string) =>
    [...summaryKeys.all, 'figures', provinceCode ?? 'VN', period] as const,
  /** The provinces compared for a period. */
  provinces: (period: string) => [...summaryKeys.all, 'provinces', period] as const,
  /** One page of a province's communes for a period. */
  communes: (params: ListParams) => [...summaryKeys.all, 'communes', params] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: ListParams) => [...auditKeys.all, 'list', params] as const,
};

export const importKeys = {
  all: ['imports'] as const,
  /** A background import job. */
  job: (id: number | null) => [...importKeys.all, 'job', id] as const,
};

export const reportingKeys = {
  all: ['reporting'] as const,
  /** The reporting obligations (one page of up to 100). */
  obligations: () => [...reportingKeys.all, 'obligations'] as const,
  /** Expected, reported, on time, late and missing of an obligation for a period and scope. */
  completeness: (code: string, params: ListParams) => [...reportingKeys.all, 'completeness', code, params] as const,
  /** One page of the late and missing units. */
  lateUnits: (code: string, params: ListParams) => [...reportingKeys.all, 'late-units', code, params] as const,
  /** Units × recent periods of an obligation in a scope. */
  grid: (code: string, params: ListParams) => [...reportingKeys.all, 'grid', code, params] as const,
  /** One unit's report: state, who did what, what the caller may do. */
  report: (code: string, period: string, unit: string) => [...reportingKeys.all, 'report', code, period, unit] as const,
  /** Approved reports locking values of a period in a scope. */
  locks: (params: ListParams) => [...reportingKeys.all, 'locks', params] as const,
};

export const validationKeys = {
  all: ['validation'] as const,
  /** Every validation rule (one page of up to 500). */
  rules: () => [...validationKeys.all, 'rules'] as const,
  /** One page of rule violations of a scope and period. */
  violations: (params: ListParams) => [...validationKeys.all, 'violations', params] as const,
};

export const outlierKeys = {
  all: ['outliers'] as const,
  /** One page of outlying values of a scope and period. */
  list: (params: ListParams) => [...outlierKeys.all, 'list', params] as const,
};

/** Every factory, for the test that proves no two kinds of data share a key. */
export const ALL_KEYS = {
  provinceKeys,
  indicatorKeys,
  categoryKeys,
  communeKeys,
  modelKeys,
  pointKeys,
  outcomeKeys,
  summaryKeys,
  auditKeys,
  importKeys,
  reportingKeys,
  validationKeys,
  outlierKeys,
};
