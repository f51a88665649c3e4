import { api, unwrap } from '../../../api/client';
import { summaryKeys } from '../../../api/queryKeys';
import { currentYear } from '../../../time';

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

/**
 * The period summaries show when the address names none: the current year in Việt Nam, whose id is the year itself. Kept
 * here, away from format.ts, so the start-up prefetch can ask for it without loading the formatting code.
 */
export function defaultPeriod(): string {
  return String(currentYear());
}
