import type { ReactNode } from 'react';
import { Breadcrumb, Card, Col, Row, Space, Typography, type ColProps } from 'antd';
import { Link } from 'react-router-dom';
import { isNotFound } from '../lib/formErrors';
import { ErrorState, Loading, NotFound } from './States';
import { PageTitle } from './PageTitle';
import { StatusTag } from './StatusTag';

/**
 * What a record's page (or its form) shows instead of the record while it loads or when it cannot be read: a
 * skeleton, "not found" for a 404, else the error with "Thử lại". Null once the record is there.
 */
export function recordFallback(
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown },
  notFound: string,
): ReactNode {
  if (query.isPending) return <Loading rows={10} />;
  if (!query.isError) return null;
  return isNotFound(query.error) ? (
    <NotFound what={notFound} />
  ) : (
    <ErrorState error={query.error} onRetry={() => query.refetch()} />
  );
}

/** The head of a record's page: the way back to its list, its name, a line under it with its status, its actions. */
function RecordHeader({
  list,
  crumb,
  title,
  subtitle,
  status,
  actions,
}: {
  list: { to: string; label: string };
  crumb: ReactNode;
  title: ReactNode;
  subtitle: ReactNode;
  status?: string;
  actions: ReactNode;
}) {
  return (
    <>
      <Breadcrumb items={[{ title: <Link to={list.to}>{list.label}</Link> }, { title: crumb }]} />
      <Row justify="space-between" align="top" gutter={[8, 8]}>
        <Col flex="1 1 320px">
          <PageTitle>{title}</PageTitle>
          <Space size="small" wrap>
            <Typography.Text type="secondary">{subtitle}</Typography.Text>
            <StatusTag status={status} />
          </Space>
        </Col>
        <Col>
          <Space wrap>{actions}</Space>
        </Col>
      </Row>
    </>
  );
}

/** A record's page: RecordHeader, then its panels (RecordPanel) in a grid. */
export function RecordPage({
  testId,
  children,
  ...header
}: Parameters<typeof RecordHeader>[0] & { testId: string; children: ReactNode }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid={testId}>
      <RecordHeader {...header} />
      <Row gutter={[16, 16]}>{children}</Row>
    </Space>
  );
}

/** One titled panel of a RecordPage, a column of its grid (full width on a phone). */
export function RecordPanel({ title, children, xs = 24, ...col }: { title: string; children: ReactNode } & ColProps) {
  return (
    <Col xs={xs} {...col}>
      <Card title={title} size="small">
        {children}
      </Card>
    </Col>
  );
}
