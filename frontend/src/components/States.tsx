import { Alert, Button, Empty, Result, Skeleton } from 'antd';
import { errorMessage } from '../api/client';

/** Loading, error and empty states, the same everywhere. */
export function Loading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} aria-busy="true" aria-label="Đang tải dữ liệu" />;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title="Không tải được dữ liệu"
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
        ) : undefined
      }
    />
  );
}

export function EmptyState({ text = 'Chưa có dữ liệu' }: { text?: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}

export function NotFound({ what = 'Trang' }: { what?: string }) {
  return <Result status="404" title="Không tìm thấy" subTitle={`${what} không tồn tại hoặc đã bị xoá.`} />;
}

/** Renders a query's three states; children get the data. */
export function QueryState<T>({
  query,
  children,
  empty,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => React.ReactNode;
  empty?: (data: T) => boolean;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (empty && empty(query.data as T)) return <EmptyState />;
  return <>{children(query.data as T)}</>;
}
