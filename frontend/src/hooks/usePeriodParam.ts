import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { validPeriod } from '../lib/periods';
import { defaultPeriod } from '../lib/periodIds';

/**
 * The chosen period of the overview and province pages lives in the address (?ky=2024Q2), so a view can be shared and
 * survives going back; without one, the running year.
 */
export function usePeriodParam(): [string, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = validPeriod(params.get('ky')) ?? defaultPeriod();
  const setPeriod = useCallback(
    (next: string) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('ky', next);
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [period, setPeriod];
}

/** The period part of the address, to carry the chosen period along links to a province ("?ky=2024"). */
export function usePeriodSearch(): string {
  const [params] = useSearchParams();
  const period = validPeriod(params.get('ky'));
  return period ? `?ky=${period}` : '';
}
