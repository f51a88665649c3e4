import { useCallback, useState } from 'react';

export type Edits = Record<string, number | null>;

/**
 * Typed values not yet saved, per unit and period, for the life of the page. A grid that is
 * mounted again (its data read again, the unit's place arriving after the grid) finds what was
 * typed instead of losing it; a save or a reset clears it.
 */
const drafts = new Map<string, Edits>();

export function useDraftEdits(key: string): [Edits, (next: Edits | ((prev: Edits) => Edits)) => void] {
  const [edits, setState] = useState<Edits>(() => drafts.get(key) ?? {});
  const setEdits = useCallback(
    (next: Edits | ((prev: Edits) => Edits)) => {
      // The map, not the state, is the draft: a save that ends after the grid was mounted again
      // must still clear it.
      const value = typeof next === 'function' ? next(drafts.get(key) ?? {}) : next;
      if (Object.keys(value).length) drafts.set(key, value);
      else drafts.delete(key);
      setState(value);
    },
    [key],
  );
  return [edits, setEdits];
}
