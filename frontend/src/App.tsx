import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SessionContext } from './auth/SessionContext';
import type { Session } from './auth/session';
import { AppLayout } from './layout/AppLayout';
import { Loading, NotFound } from './components/States';
import { ApiError } from './api/client';

dayjs.locale('vi');

// Pages are loaded when first opened, so the first view downloads only what it shows.
const OverviewPage = lazy(() => import('./pages/overview/OverviewPage'));
const ProvinceListPage = lazy(() => import('./pages/province/ProvinceListPage'));
const ProvincePage = lazy(() => import('./pages/province/ProvincePage'));
const ModelsPage = lazy(() => import('./pages/models/ModelsPage'));
const ModelPage = lazy(() => import('./pages/models/ModelPage'));
const ModelFormPage = lazy(() => import('./pages/models/ModelFormPage'));
const PointsPage = lazy(() => import('./pages/points/PointsPage'));
const PointPage = lazy(() => import('./pages/points/PointPage'));
const PointFormPage = lazy(() => import('./pages/points/PointFormPage'));
const EntryPage = lazy(() => import('./pages/entry/EntryPage'));
const ImportPage = lazy(() => import('./pages/imports/ImportPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // 4xx answers will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const page = (element: React.ReactNode) => <Suspense fallback={<Loading rows={8} />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: page(<OverviewPage />) },
      { path: 'tinh', element: page(<ProvinceListPage />) },
      { path: 'tinh/:code', element: page(<ProvincePage />) },
      { path: 'mo-hinh', element: page(<ModelsPage />) },
      { path: 'mo-hinh/moi', element: page(<ModelFormPage />) },
      { path: 'mo-hinh/:code', element: page(<ModelPage />) },
      { path: 'mo-hinh/:code/sua', element: page(<ModelFormPage />) },
      { path: 'diem', element: page(<PointsPage />) },
      { path: 'diem/moi', element: page(<PointFormPage />) },
      { path: 'diem/:id', element: page(<PointPage />) },
      { path: 'diem/:id/sua', element: page(<PointFormPage />) },
      { path: 'nhap-ket-qua', element: page(<EntryPage />) },
      { path: 'nhap-tep', element: page(<ImportPage />) },
      { path: 'nhat-ky', element: page(<AuditPage />) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App({ session }: { session: Session }) {
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <AntApp>
        <SessionContext.Provider value={session}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </SessionContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}
