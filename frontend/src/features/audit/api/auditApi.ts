import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type QueryOf } from '../../../api/client';
import { auditKeys } from '../../../api/queryKeys';

/** One page of the audit log for these filters; never cached as fresh, since every write adds to it. */
export function useAuditLog(query: QueryOf<'/api/v1/audit'>) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/audit', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
