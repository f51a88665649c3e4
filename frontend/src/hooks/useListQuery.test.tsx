import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { useListFilters } from './useListQuery';

const KEYS = ['q', 'provinceCode', 'communeCode'] as const;
const CLEARS = { provinceCode: ['communeCode'] } as const;

function listAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(() => useListFilters(KEYS, CLEARS), { wrapper });
}

describe('a list page’s filters', () => {
  it('binds a filter control to one filter and goes back to the first page on a change', () => {
    const { result } = listAt('/diem?q=ban&communeCode=03549&page=3');
    expect(result.current.filter('q').value).toBe('ban');
    act(() => result.current.filter('q').onChange('bản mới'));
    expect(result.current.filters).toEqual({ q: 'bản mới', communeCode: '03549' });
    expect(result.current.query.page).toBe(0);
  });

  it('empties the filters that depend on the one changed', () => {
    const { result } = listAt('/diem?provinceCode=12&communeCode=03549&q=ban');
    act(() => result.current.set('provinceCode', '01'));
    expect(result.current.filters).toEqual({ provinceCode: '01', q: 'ban' });
    act(() => result.current.set('q', undefined));
    expect(result.current.filters).toEqual({ provinceCode: '01' });
  });
});
