import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';

vi.mock('../../../auth/keycloak', () => ({ accessToken: async () => 'token-1' }));

const { configureApi } = await import('../../../api/client');
const { ReportStatusCard } = await import('./ReportStatusCard');

const STATUS = {
  obligation: 'POINT_MONTHLY',
  obligationName: 'Báo cáo tháng của điểm',
  unit: '7',
  unitName: 'Bản Pa So',
  period: '202611',
  state: 'OPEN',
  dueDate: '2026-12-10',
  locked: false,
  may: { submit: true },
  why: {},
};

// What the next GET of the report answers: the status, or a failure (the API busy while the values are saved).
let answer: () => Response;
let reads = 0;
const ok = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  reads = 0;
  answer = () => ok(STATUS);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      reads += 1;
      return answer();
    }),
  );
  configureApi('http://api.test/api/v1');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openDialog(client: QueryClient) {
  render(
    <QueryClientProvider client={client}>
      <App>
        <ReportStatusCard obligation="POINT_MONTHLY" period="202611" unit="7" compact />
      </App>
    </QueryClientProvider>,
  );
  fireEvent.click(await screen.findByTestId('report-submit'));
  const text = await screen.findByTestId('report-text');
  fireEvent.change(text, { target: { value: 'Đã rà soát' } });
}

async function refetchEverything(client: QueryClient, before: number) {
  // What saving the entry grid does: every query reads again.
  await act(() => client.invalidateQueries());
  await waitFor(() => expect(reads).toBeGreaterThan(before));
}

function expectDialogKept() {
  const text = screen.getByTestId('report-text') as HTMLTextAreaElement;
  expect(text.isConnected).toBe(true);
  expect(text.value).toBe('Đã rà soát');
  expect(screen.getByTestId('report-confirm').isConnected).toBe(true);
}

describe('the report card while its status reads again', () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it('keeps the open dialog and its text when the status changes', async () => {
    const c = client();
    await openDialog(c);
    const dialogText = screen.getByTestId('report-text');
    answer = () => ok({ ...STATUS, firstValueAt: '2026-12-02T10:00:00Z' });
    await refetchEverything(c, reads);
    expectDialogKept();
    // The same element: the dialog was not unmounted and mounted again.
    expect(screen.getByTestId('report-text')).toBe(dialogText);
  });

  it('keeps the card and the open dialog when a background read fails, and says so', async () => {
    const c = client();
    await openDialog(c);
    const dialogText = screen.getByTestId('report-text');
    answer = () => new Response('{"title":"busy"}', { status: 503, headers: { 'Content-Type': 'application/json' } });
    await refetchEverything(c, reads);
    await screen.findByTestId('report-stale');
    expectDialogKept();
    expect(screen.getByTestId('report-text')).toBe(dialogText);
    expect(screen.getByTestId('report-status')).toBeTruthy();
  });

  it('shows the error in place of the card only when there is no status yet', async () => {
    answer = () => new Response('{"title":"busy"}', { status: 503, headers: { 'Content-Type': 'application/json' } });
    render(
      <QueryClientProvider client={client()}>
        <App>
          <ReportStatusCard obligation="POINT_MONTHLY" period="202611" unit="7" compact />
        </App>
      </QueryClientProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Không tải được dữ liệu');
    expect(screen.queryByTestId('report-status')).toBeNull();
  });
});
