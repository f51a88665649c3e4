import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** A page's one h1 (screen readers and axe-core look for it), at the size of Ant Design's h3. */
export function PageTitle({ children, gap = 0, testId }: { children: ReactNode; gap?: number; testId?: string }) {
  return (
    <Typography.Title level={1} style={{ margin: 0, marginBottom: gap, fontSize: 24 }} data-testid={testId}>
      {children}
    </Typography.Title>
  );
}
