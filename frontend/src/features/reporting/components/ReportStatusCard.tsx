import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { ErrorState, Loading } from '../../../components/States';
import { formatDate, formatDateTime, periodLabel } from '../../../format';
import { useReportAction, useReportStatus, type ReportStatus } from '../api/reportingApi';
import { ReportActions } from './ReportActions';
import { ReportStateTag } from './ReportStateTag';

/** "Đã khóa: báo cáo ... do X duyệt lúc ..." */
export function lockSentence(s: Pick<ReportStatus, 'obligationName' | 'period' | 'approvedBy' | 'approvedAt'>) {
  return `Số liệu đã khóa bởi báo cáo “${s.obligationName ?? ''}” ${periodLabel(s.period)}, do ${s.approvedBy ?? '—'} duyệt lúc ${formatDateTime(s.approvedAt)}.`;
}

/** One unit's report for an obligation and period: its state, who submitted, approved or reopened, and the actions. */
export function ReportStatusCard({
  obligation,
  period,
  unit,
  compact,
}: {
  obligation: string;
  period: string;
  unit: string;
  /** In the entry page: state, lock and the submit button only. */
  compact?: boolean;
}) {
  const status = useReportStatus(obligation, period, unit);
  const action = useReportAction(obligation, period, unit);
  // Saving values reads every query again: the card, and a dialog open in it, must stay mounted through that, so
  // the loading and error states replace the card only while there is no status at all.
  if (!status.data) {
    if (status.isError) return <ErrorState error={status.error} onRetry={() => status.refetch()} />;
    return <Loading rows={2} />;
  }
  const s = status.data;
  const who = (by?: string | null, at?: string | null) => (by ? `${by}, ${formatDateTime(at)}` : '—');
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="report-status">
      <Space wrap>
        <Typography.Text strong>
          {s.obligationName} · {s.unitName ?? s.unit} · {periodLabel(s.period)}
        </Typography.Text>
        <ReportStateTag state={s.state} />
        <Typography.Text type="secondary">hạn nộp {formatDate(s.dueDate)}</Typography.Text>
      </Space>
      {status.isError && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-stale"
          title={`Không cập nhật được trạng thái báo cáo: ${errorMessage(status.error)}`}
          action={
            <Button size="small" onClick={() => status.refetch()}>
              Thử lại
            </Button>
          }
        />
      )}
      {s.locked && (
        <Alert type="info" showIcon icon={<LockOutlined />} data-testid="report-locked" title={lockSentence(s)} />
      )}
      {!compact && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label="Giá trị đầu tiên">{formatDateTime(s.firstValueAt)}</Descriptions.Item>
          <Descriptions.Item label="Nộp">{who(s.submittedBy, s.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="Duyệt">{who(s.approvedBy, s.approvedAt)}</Descriptions.Item>
          <Descriptions.Item label="Mở lại">
            {who(s.reopenedBy, s.reopenedAt)}
            {s.reopenReason ? ` — lý do: ${s.reopenReason}` : ''}
          </Descriptions.Item>
          {s.submitComment ? <Descriptions.Item label="Ghi chú khi nộp">{s.submitComment}</Descriptions.Item> : null}
          {s.blockingViolations ? (
            <Descriptions.Item label="Vi phạm chặn nộp">{s.blockingViolations}</Descriptions.Item>
          ) : null}
        </Descriptions>
      )}
      <ReportActions
        status={compact ? { may: { submit: s.may?.submit }, why: { submit: s.why?.submit } } : s}
        pending={action.isPending}
        run={(a, text) => action.mutateAsync({ action: a, text })}
      />
    </Space>
  );
}
