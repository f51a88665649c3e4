import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { withErrorBoundary } from './RouteError';

let broken = true;
function Fragile() {
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'provinceCode')");
  return <p>Trang mô hình</p>;
}

function renderApp() {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <div>
            <header>Menu chính</header>
            <Link to="/khac">Trang khác</Link>
            <Outlet />
          </div>
        ),
        children: withErrorBoundary([
          { path: 'mo-hinh/:code', element: <Fragile /> },
          { path: 'khac', element: <p>Trang khác đây</p> },
        ]),
      },
    ],
    { initialEntries: ['/mo-hinh/MH12-00001'] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('the error boundary of a route', () => {
  afterEach(() => {
    cleanup();
    broken = true;
  });

  it('keeps the layout, speaks Vietnamese only, and shows the page again on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp();
    const boundary = await screen.findByTestId('route-error');
    expect(screen.getByText('Menu chính')).toBeTruthy();
    expect(boundary.textContent).toContain('Không hiển thị được trang này');
    expect(boundary.textContent).not.toMatch(/provinceCode|Unexpected Application Error|Cannot read/);
    broken = false;
    fireEvent.click(screen.getByTestId('route-error-retry'));
    expect(await screen.findByText('Trang mô hình')).toBeTruthy();
    expect(screen.queryByTestId('route-error')).toBeNull();
  });

  it('lets the other pages open from the menu', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp();
    await screen.findByTestId('route-error');
    fireEvent.click(screen.getByText('Trang khác'));
    expect(await screen.findByText('Trang khác đây')).toBeTruthy();
  });
});
