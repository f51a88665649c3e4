import { Timeline, Typography } from 'antd';
import { formatDate, formatDateTime, STATUS_LABELS } from '../../../format';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useModelHistory } from '../api/modelApi';

const COLORS: Record<string, string> = { ACTIVE: 'green', DORMANT: 'orange', RETIRED: 'gray' };

/** Every status change of a model, newest first. */
export function ModelHistory({ code }: { code: string }) {
  const history = useModelHistory(code);
  if (history.isPending) return <Loading rows={3} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const items = [...(history.data.items ?? [])].reverse();
  if (!items.length) return <EmptyState text="Chưa có lịch sử trạng thái" />;

  return (
    <Timeline
      data-testid="model-history"
      items={items.map((change, i) => ({
        key: i,
        color: COLORS[change.status ?? ''] ?? 'blue',
        content: (
          <>
            <Typography.Text strong>{formatDate(change.effectiveOn)}</Typography.Text>
            {' · '}
            <Typography.Text>
              {change.previousStatus
                ? `${STATUS_LABELS[change.previousStatus] ?? change.previousStatus} → ${STATUS_LABELS[change.status ?? ''] ?? change.status}`
                : `Đăng ký: ${STATUS_LABELS[change.status ?? ''] ?? change.status}`}
            </Typography.Text>
            {change.reason && <div>{change.reason}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              Ghi nhận lúc {formatDateTime(change.recordedAt)}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
