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
import { RouteError, withErrorBoundary } from './components/RouteError';
import { ApiError } from './api/client';
import { summaryQuery } from './features/overview/api/summaryQuery';
import { defaultPeriod } from './lib/periodIds';

dayjs.locale('vi');

// Pages are loaded when first opened, so the first view downloads only what it shows.
const pages = {
  overview: () => import('./features/overview/components/OverviewPage'),
  provinces: () => import('./features/province/components/ProvinceListPage'),
  province: () => import('./features/province/components/ProvincePage'),
  models: () => import('./features/models/components/ModelsPage'),
  model: () => import('./features/models/components/ModelPage'),
  modelForm: () => import('./features/models/components/ModelFormPage'),
  points: () => import('./features/points/components/PointsPage'),
  point: () => import('./features/points/components/PointPage'),
  pointForm: () => import('./features/points/components/PointFormPage'),
  entry: () => import('./features/entry/components/EntryPage'),
  imports: () => import('./features/imports/components/ImportPage'),
  audit: () => import('./features/audit/components/AuditPage'),
  reporting: () => import('./features/reporting/components/ReportingPage'),
};
const OverviewPage = lazy(pages.overview);
const ProvinceListPage = lazy(pages.provinces);
const ProvincePage = lazy(pages.province);
const ModelsPage = lazy(pages.models);
const ModelPage = lazy(pages.model);
const ModelFormPage = lazy(pages.modelForm);
const PointsPage = lazy(pages.points);
const PointPage = lazy(pages.point);
const PointFormPage = lazy(pages.pointForm);
const EntryPage = lazy(pages.entry);
const ImportPage = lazy(pages.imports);
const AuditPage = lazy(pages.audit);
const ReportingPage = lazy(pages.reporting);

/**
 * Starts downloading the page a path opens while sign-in and the session request run, instead of after them
 * (the browser keeps the module, so the lazy page then resolves at once). The overview is the landing page.
 */
export function preloadPage(pathname: string): void {
  const [first = '', second] = pathname.split('/').filter(Boolean);
  const list: Record<string, () => Promise<unknown>> = {
    '': pages.overview,
    tinh: pages.provinces,
    'mo-hinh': pages.models,
    diem: pages.points,
    'nhap-ket-qua': pages.entry,
    'nhap-tep': pages.imports,
    'nhat-ky': pages.audit,
    'tinh-hinh-bao-cao': pages.reporting,
  };
  const detail: Record<string, () => Promise<unknown>> = {
    tinh: pages.province,
    'mo-hinh': pages.model,
    diem: pages.point,
  };
  const loader = second ? detail[first] : list[first];
  loader?.().catch(() => {
    /* the lazy page reports a failed download when it renders */
  });
}

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

/**
 * The landing page's headline figures are asked for as soon as the session is known, while the page's code is
 * still being evaluated and rendered.
 */
export function prefetchLanding(location: Location): void {
  if (location.pathname !== '/' || new URLSearchParams(location.search).has('ky')) return;
  void queryClient.prefetchQuery(summaryQuery(defaultPeriod()));
}

// Ant Design's defaults for grey text, placeholders, links and tag text fall short of WCAG AA's 4.5:1 on the
// page's light backgrounds (an e2e test checks contrast with axe-core): one shade darker each.
const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorLink: '#0958d9',
    colorError: '#cf1322',
  },
};
// Tag text takes the 7th shade of its colour; tags read it as a CSS variable named after the 'green-7' form.
for (const [color, shade] of Object.entries({
  green: '#237804',
  orange: '#ad4e00',
  gold: '#ad6800',
  blue: '#003eb3',
  cyan: '#006d75',
  purple: '#391085',
})) {
  Object.assign(THEME.token, { [`${color}7`]: shade, [`${color}-7`]: shade });
}

const page = (element: React.ReactNode) => <Suspense fallback={<Loading rows={8} />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    // Only a failure of the layout itself ends here; it has no frame left to keep.
    errorElement: <RouteError />,
    children: withErrorBoundary([
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
      { path: 'tinh-hinh-bao-cao', element: page(<ReportingPage />) },
      { path: '*', element: <NotFound /> },
    ]),
  },
]);

export function App({ session }: { session: Session }) {
  return (
    <ConfigProvider locale={viVN} theme={THEME}>
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
