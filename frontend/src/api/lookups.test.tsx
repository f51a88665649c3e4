import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

vi.mock('../auth/keycloak', () => ({ accessToken: async () => 'token-1' }));

const { configureApi } = await import('./client');
const { useCommuneNames, useCommuneOptions } = await import('./lookups');

// Province 12 has three communes; the API hands them out two at a time, whatever size is asked for.
const COMMUNES = [
  { code: '03549', name: 'Phong Thổ', fullName: 'Xã Phong Thổ', provinceCode: '12' },
  { code: '03550', name: 'Sì Lở Lầu', fullName: 'Xã Sì Lở Lầu', provinceCode: '12' },
  { code: '03551', name: 'Tân Phong', fullName: 'Phường Tân Phong', provinceCode: '12' },
];
const pagesAsked: number[] = [];

beforeEach(() => {
  pagesAsked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const page = Number(url.searchParams.get('page'));
      pagesAsked.push(page);
      const items = COMMUNES.slice(page * 2, page * 2 + 2);
      return new Response(JSON.stringify({ items, total: COMMUNES.length }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  configureApi('http://api.test/api/v1');
});
afterEach(() => vi.unstubAllGlobals());

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

describe('the communes pager', () => {
  it('reads every page of a province and offers each commune once', async () => {
    const { result } = renderHook(() => useCommuneOptions('12'), { wrapper });
    await waitFor(() => expect(result.current.options).toHaveLength(3));
    expect(pagesAsked).toEqual([0, 1]);
    expect(result.current.options[0]).toEqual({ value: '03549', label: 'Phong Thổ' });
  });

  it('names communes in full, or keeps the one a user is held to', async () => {
    const full = renderHook(() => useCommuneOptions('12', { fullNames: true }), { wrapper });
    await waitFor(() => expect(full.result.current.options).toHaveLength(3));
    expect(full.result.current.options[2].label).toBe('Phường Tân Phong');
    const held = renderHook(() => useCommuneOptions('12', { only: '03550' }), { wrapper });
    await waitFor(() => expect(held.result.current.data).toHaveLength(3));
    expect(held.result.current.options).toEqual([{ value: '03550', label: 'Sì Lở Lầu' }]);
  });

  it('asks nothing without a province', () => {
    const { result } = renderHook(() => useCommuneOptions(null), { wrapper });
    expect(result.current.options).toEqual([]);
    expect(pagesAsked).toEqual([]);
  });

  it('names the communes of a list by code', async () => {
    const { result } = renderHook(() => useCommuneNames(['12', '12', undefined]), { wrapper });
    await waitFor(() => expect(result.current('03551')).toBe('Tân Phong'));
    expect(result.current('99999')).toBe('99999');
  });
});
