import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDraftEdits } from './useDraftEdits';

describe('useDraftEdits', () => {
  it('gives a grid mounted again what was typed for its unit and period', () => {
    const first = renderHook(() => useDraftEdits('["POINT","P:1","202611"]'));
    act(() => first.result.current[1]((prev) => ({ ...prev, PATROLS: 4 })));
    first.unmount();

    const again = renderHook(() => useDraftEdits('["POINT","P:1","202611"]'));
    expect(again.result.current[0]).toEqual({ PATROLS: 4 });
    const other = renderHook(() => useDraftEdits('["POINT","P:1","202610"]'));
    expect(other.result.current[0]).toEqual({});
  });

  it('forgets the draft once it is cleared (saved or reset)', () => {
    const grid = renderHook(() => useDraftEdits('["COMMUNE","C:03549","2026Q4"]'));
    act(() => grid.result.current[1]({ TIPS_RECEIVED: 2 }));
    act(() => grid.result.current[1]({}));
    grid.unmount();
    expect(renderHook(() => useDraftEdits('["COMMUNE","C:03549","2026Q4"]')).result.current[0]).toEqual({});
  });
});
