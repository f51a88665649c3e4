import { api, unwrap } from '../../../api/client';
import { summaryKeys } from '../../../api/queryKeys';

/** The summary request of a period, nationwide or for one province; shared by the pages and the start-up prefetch. */
export function summaryQuery(period: string, provinceCode?: string) {
  return {
    queryKey: summaryKeys.figures(period, provinceCode),
    queryFn: () =>
      provinceCode
        ? unwrap(
            api.GET('/api/v1/provinces/{code}/summary', {
              params: { path: { code: provinceCode }, query: { period } },
            }),
          )
        : unwrap(api.GET('/api/v1/summary', { params: { query: { period } } })),
  };
}
