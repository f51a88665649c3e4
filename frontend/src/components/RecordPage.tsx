import type { ReactNode } from 'react';
import { Breadcrumb, Col, Row, Space, Typography } from 'antd';
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
export function RecordHeader({
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
