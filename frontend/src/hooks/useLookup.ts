import { useMemo } from 'react';

/** A code → name function that keeps its identity until the loaded data changes (safe in memo dependencies). */
export function useLookup<T>(
  results: { data?: T; dataUpdatedAt: number }[],
  add: (names: Map<string, string>, data: T) => void,
) {
  const stamp = results.map((r) => r.dataUpdatedAt).join(',');
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const r of results) if (r.data) add(names, r.data);
    return (code: string | undefined) => (code ? (names.get(code) ?? code) : '—');
    // The stamp changes whenever any result's data does.
  }, [stamp]);
}
