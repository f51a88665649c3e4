import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { App } from 'antd';
import type { Session } from '../../../auth/session';

vi.mock('../../../auth/keycloak', () => ({ accessToken: async () => 'token-1' }));

const { configureApi } = await import('../../../api/client');
const { SessionContext } = await import('../../../auth/SessionContext');
const { default: EntryPage } = await import('./EntryPage');

const OFFICER: Session = {
  username: 'commune.officer',
  name: 'Cán bộ xã',
  roles: ['commune-officer'],
  unit: '00001',
  writeScope: 'COMMUNE',
  unitProvinceCode: '01',
  seesAudit: false,
};
const POINT = { id: 7, placeName: 'Bản Một', provinceCode: '01', communeCode: '00001', modelCode: 'M1', version: 1 };
const STATUS = {
  obligation: 'POINT_MONTHLY',
  obligationName: 'Báo cáo tháng của điểm',
  unit: '7',
  unitName: 'Bản Một',
  period: '202611',
  state: 'OPEN',
  dueDate: '2026-12-10',
  locked: false,
  may: { submit: true },
  why: {},
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const page = (items: unknown[]) => json({ items, total: items.length });

// What the API answers after the save; the report's status reads fail once, as under load.
let reportReads = 0;
let failReportAfterSave = false;
let saved = false;

function answer(method: string, path: string): Response {
  if (method === 'POST' && path === '/api/v1/outcomes') {
    saved = true;
    return json({ created: 1, updated: 0, unchanged: 0, violations: [] });
  }
  if (path === '/api/v1/replication-points/7') return json(POINT);
  if (path === '/api/v1/replication-points') return page([POINT]);
  if (path === '/api/v1/provinces') return page([{ code: '01', name: 'Tỉnh Một' }]);
  if (path === '/api/v1/communes') return page([{ code: '00001', name: 'Xã Một', provinceCode: '01' }]);
  if (path === '/api/v1/indicators') return page([{ code: 'HH', name: 'Số hộ tham gia', unit: 'hộ', sortOrder: 1 }]);
  if (path === '/api/v1/reporting-obligations')
    return page([{ code: 'POINT_MONTHLY', name: STATUS.obligationName, frequency: 'MONTH', reporterLevel: 'POINT' }]);
  if (path === '/api/v1/reporting-obligations/POINT_MONTHLY/reports/202611/7') {
    reportReads += 1;
    if (saved && failReportAfterSave) return json({ title: 'busy' }, 409);
    return json(saved ? { ...STATUS, firstValueAt: '2026-12-02T10:00:00Z' } : STATUS);
  }
  return page([]);
}

beforeEach(() => {
  reportReads = 0;
  saved = false;
  failReportAfterSave = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      return answer(request.method, new URL(request.url).pathname);
    }),
  );
  configureApi('http://api.test/api/v1');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={OFFICER}>
        <MemoryRouter
          initialEntries={['/nhap?unitType=POINT&provinceCode=01&communeCode=00001&pointId=7&period=202611']}
        >
          <App>
            <EntryPage />
          </App>
        </MemoryRouter>
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the entry page while a save reads everything again', () => {
  for (const failing of [false, true]) {
    it(`keeps the submit dialog open with its text${failing ? ' even when the status cannot be read again' : ''}`, async () => {
      failReportAfterSave = failing;
      renderPage();
      const input = await screen.findByTestId('entry-value-HH', {}, { timeout: 5000 });
      fireEvent.change(input, { target: { value: '4' } });
      // The dialog is opened while the save is on its way, as a quick user (or the browser walk) does.
      fireEvent.click(await screen.findByTestId('report-submit'));
      fireEvent.change(await screen.findByTestId('report-text'), { target: { value: 'Đã rà soát' } });
      const dialogText = screen.getByTestId('report-text');
      const readsBefore = reportReads;
      fireEvent.click(screen.getByTestId('entry-save'));
      await screen.findByText(/^Đã lưu Tháng 11\/2026:/);
      await waitFor(() => expect(reportReads).toBeGreaterThan(readsBefore));
      await waitFor(() => expect(screen.queryByText('Chưa có thay đổi')).not.toBeNull());
      expect(dialogText.isConnected).toBe(true);
      expect((screen.getByTestId('report-text') as HTMLTextAreaElement).value).toBe('Đã rà soát');
      expect(screen.getByTestId('report-confirm').isConnected).toBe(true);
    });
  }
});
