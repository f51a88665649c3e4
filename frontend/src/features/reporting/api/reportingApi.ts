import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, rawFetch, rawJson, unwrap, type QueryOf, type Schemas } from '../../../api/client';
import { outlierKeys, reportingKeys, validationKeys, type ListParams } from '../../../api/queryKeys';
import type { Page } from '../utils/reportState';

export type Obligation = Schemas['ReportingObligation'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportLock = Schemas['ReportLock'];
export type GridRow = Schemas['ReportingGridRow'];
export type GridCell = Schemas['ReportingGridCell'];
export type LateUnit = Schemas['LateUnit'];
export type Completeness = Schemas['Completeness'];

export type Violation = Schemas['ValidationViolation'];
export type ValidationRule = Schemas['ValidationRule'];
export type ViolationQuery = QueryOf<'/api/v1/validation-rules/violations'>;

export type Outlier = Schemas['Outlier'];

const LIST = { staleTime: 5 * 60_000 };

/**
 * Which checks the API behind this build serves. A call to a missing endpoint would answer 404 and log an error in
 * the browser, so the dashboard asks only for those in the contract.
 */
export const CHECKS_AVAILABLE = { validation: true, outliers: true };

/** Every reporting obligation, for the picker (the demo has a handful). */
export function useObligations() {
  return useQuery({
    queryKey: reportingKeys.obligations(),
    queryFn: () => unwrap(api.GET('/api/v1/reporting-obligations', { params: { query: { size: 100 } } })),
    select: (page) => (page.items ?? []) as Obligation[],
    ...LIST,
  });
}

export function useCompleteness(
  code: string | null,
  params: QueryOf<'/api/v1/reporting-obligations/{code}/completeness'>,
) {
  return useQuery({
    queryKey: reportingKeys.completeness(code ?? '', params as ListParams),
    enabled: !!code && !!params.period,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting-obligations/{code}/completeness', {
          params: { path: { code: code ?? '' }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useLateUnits(
  code: string | null,
  params: QueryOf<'/api/v1/reporting-obligations/{code}/completeness/units'>,
) {
  return useQuery({
    queryKey: reportingKeys.lateUnits(code ?? '', params as ListParams),
    enabled: !!code && !!params.period,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting-obligations/{code}/completeness/units', {
          params: { path: { code: code ?? '' }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useReportingGrid(code: string | null, params: QueryOf<'/api/v1/reporting-obligations/{code}/grid'>) {
  return useQuery({
    queryKey: reportingKeys.grid(code ?? '', params as ListParams),
    enabled: !!code,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting-obligations/{code}/grid', { params: { path: { code: code ?? '' }, query: params } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useReportStatus(code: string | null | undefined, period: string | null, unit: string | null) {
  return useQuery({
    queryKey: reportingKeys.report(code ?? '', period ?? '', unit ?? ''),
    enabled: !!code && !!period && !!unit,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting-obligations/{code}/reports/{period}/{unit}', {
          params: { path: { code: code ?? '', period: period ?? '', unit: unit ?? '' } },
        }),
      ),
    staleTime: 0,
  });
}

export function useReportingLocks(params: QueryOf<'/api/v1/reporting-locks'>, enabled = true) {
  return useQuery({
    queryKey: reportingKeys.locks(params as ListParams),
    enabled: enabled && !!params.period,
    queryFn: () => unwrap(api.GET('/api/v1/reporting-locks', { params: { query: { size: 500, ...params } } })),
    select: (page) => (page.items ?? []) as ReportLock[],
    staleTime: 0,
  });
}

export type ReportAction = 'submit' | 'approve' | 'reopen';

/** Submit, approve or reopen one report; every reporting view and the stored values read again afterwards. */
export function useReportAction(code: string, period: string, unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, text }: { action: ReportAction; text?: string }) => {
      const path = { code, period, unit };
      const body = action === 'reopen' ? { reason: text ?? '' } : text ? { comment: text } : {};
      if (action === 'submit')
        return unwrap(
          api.POST('/api/v1/reporting-obligations/{code}/reports/{period}/{unit}/submit', {
            params: { path },
            body,
          }),
        );
      if (action === 'approve')
        return unwrap(
          api.POST('/api/v1/reporting-obligations/{code}/reports/{period}/{unit}/approve', {
            params: { path },
            body,
          }),
        );
      return unwrap(
        api.POST('/api/v1/reporting-obligations/{code}/reports/{period}/{unit}/reopen', { params: { path }, body }),
      );
    },
    onSuccess: async (status) => {
      queryClient.setQueryData(reportingKeys.report(code, period, unit), status);
      await queryClient.invalidateQueries({ queryKey: reportingKeys.all });
    },
  });
}

function query(params: ListParams): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  return search.toString();
}

/** Rule violations of a scope and period. */
export function useViolations(params: ViolationQuery, enabled = true) {
  return useQuery({
    queryKey: validationKeys.violations(params as ListParams),
    enabled: CHECKS_AVAILABLE.validation && enabled && !!params.period,
    queryFn: () => unwrap(api.GET('/api/v1/validation-rules/violations', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** The validation rules, to place a violation next to the fields of the indicators it compares. */
export function useValidationRules() {
  return useQuery({
    queryKey: validationKeys.rules(),
    enabled: CHECKS_AVAILABLE.validation,
    queryFn: () => unwrap(api.GET('/api/v1/validation-rules', { params: { query: { size: 500 } } })),
    select: (page) => (page.items ?? []) as ValidationRule[],
    ...LIST,
  });
}

/** Outlying values of a scope and period. */
export function useOutliers(params: ListParams, enabled = true) {
  return useQuery({
    queryKey: outlierKeys.list(params),
    enabled: CHECKS_AVAILABLE.outliers && enabled && !!params.period,
    queryFn: async () => rawJson<Page<Outlier>>(await rawFetch(`/api/v1/outliers?${query(params)}`)),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Marks a value for follow-up with a comment, or clears the mark. */
export function useFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ outcomeId, comment }: { outcomeId: number; comment?: string }) => {
      const response =
        comment === undefined
          ? await rawFetch(`/api/v1/follow-ups/${outcomeId}`, { method: 'DELETE' })
          : await rawFetch('/api/v1/follow-ups', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ outcomeId, comment }),
            });
      return response.status === 204 ? null : rawJson<unknown>(response);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outlierKeys.all }),
  });
}
