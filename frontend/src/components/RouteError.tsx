import { isRouteErrorResponse, type RouteObject, useLocation, useNavigate, useRouteError } from 'react-router-dom';
import { Button, Result, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../api/client';

/**
 * What went wrong, in Vietnamese. A render's own errors (a TypeError and the like) carry English meant for
 * developers, so the reader gets a sentence of ours; API errors carry the API's Vietnamese message.
 */
function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return error.status === 404 ? 'Trang không tồn tại.' : `Lỗi ${error.status}.`;
  if (error instanceof ApiError) return errorMessage(error);
  // A page's code that could not be downloaded (a lost connection, or a new version deployed meanwhile).
  if (error instanceof TypeError && /dynamically imported module|Failed to fetch/i.test(error.message)) {
    return 'Không tải được trang: hãy kiểm tra kết nối mạng.';
  }
  return 'Đã xảy ra lỗi khi hiển thị trang này.';
}

/**
 * A route's error boundary: the page failed, the menu and header around it stay, and "Thử lại" shows the page again
 * with the cached answers dropped (data of an unexpected shape may be what broke it).
 */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const retry = async () => {
    await client.resetQueries();
    // The same address again: a new location makes the router render the route afresh.
    navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true });
  };
  return (
    <Result
      status="error"
      title="Không hiển thị được trang này"
      subTitle={`${describe(error)} Hãy thử lại; nếu lỗi còn lặp lại, hãy báo cho quản trị hệ thống.`}
      data-testid="route-error"
      extra={
        <Space wrap>
          <Button type="primary" onClick={() => void retry()} data-testid="route-error-retry">
            Thử lại
          </Button>
          <Button onClick={() => navigate('/')}>Về trang tổng quan</Button>
        </Space>
      }
    />
  );
}

/** Gives every route its own boundary; rendered in the parent's outlet, so the layout around it stays. */
export function withErrorBoundary(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => ({ ...route, errorElement: <RouteError /> }));
}
