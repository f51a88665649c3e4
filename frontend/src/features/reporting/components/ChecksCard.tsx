import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ApiError, errorMessage } from '../../../api/client';
import { useIndicators, nameOf } from '../../../api/lookups';
import { formatNumber } from '../../../format';
import { EmptyState } from '../../../components/States';
import {
  CHECKS_AVAILABLE,
  useFollowUp,
  useOutliers,
  useViolations,
  type Outlier,
  type Violation,
} from '../api/reportingApi';
import { followUpOf } from '../utils/checks';

/** A list the API does not offer yet (its branch is not merged): a quiet note rather than an error. */
function Unavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 405))
    return <Typography.Text type="secondary">Chức năng này chưa có trên máy chủ.</Typography.Text>;
  return (
    <Alert
      type="error"
      showIcon
      title="Không tải được dữ liệu"
      description={errorMessage(error)}
      action={
        <Button size="small" onClick={onRetry}>
          Thử lại
        </Button>
      }
    />
  );
}

function NotYet() {
  return <Typography.Text type="secondary">Chức năng này chưa có trên máy chủ.</Typography.Text>;
}

/** Rule violations and outlying values of the scope and period, with follow-up marks on outliers. */
export function ChecksCard({
  period,
  provinceCode,
  communeCode,
}: {
  period: string;
  provinceCode: string | null;
  communeCode: string | null;
}) {
  const scope = { period, provinceCode: provinceCode ?? undefined, communeCode: communeCode ?? undefined, size: 50 };
  const violations = useViolations(scope);
  const outliers = useOutliers(scope);
  const followUp = useFollowUp();
  const indicators = useIndicators();
  const { message } = App.useApp();
  const [marking, setMarking] = useState<Outlier | null>(null);
  const [comment, setComment] = useState('');

  const violationColumns: ColumnsType<Violation> = [
    {
      title: 'Mức',
      key: 'importance',
      render: (_, v) => (v.importance === 'ERROR' ? <Tag color="red">Lỗi</Tag> : <Tag color="gold">Cảnh báo</Tag>),
    },
    { title: 'Quy tắc', key: 'rule', render: (_, v) => v.ruleName ?? v.ruleCode },
    {
      title: 'Đơn vị',
      key: 'unit',
      render: (_, v) => (v.pointId ? `Điểm ${v.pointId}` : (v.communeCode ?? v.provinceCode)),
    },
    { title: 'Mô tả', key: 'message', render: (_, v) => v.message },
  ];
  const outlierColumns: ColumnsType<Outlier> = [
    {
      title: 'Chỉ tiêu',
      key: 'indicator',
      render: (_, o) => nameOf(indicators.data, o.indicatorCode),
    },
    {
      title: 'Đơn vị',
      key: 'unit',
      render: (_, o) => (o.pointId ? `Điểm ${o.pointId}` : (o.communeCode ?? o.provinceCode)),
    },
    { title: 'Giá trị', key: 'value', align: 'right', render: (_, o) => formatNumber(o.value) },
    {
      title: 'Điểm lệch',
      key: 'score',
      align: 'right',
      render: (_, o) => (o.score == null ? '—' : o.score.toLocaleString('vi-VN', { maximumFractionDigits: 1 })),
    },
    {
      title: 'Lịch sử',
      key: 'history',
      render: (_, o) =>
        o.history?.length ? o.history.map((h) => `${h.period}: ${formatNumber(h.value)}`).join(', ') : '—',
    },
    {
      title: 'Theo dõi',
      key: 'follow',
      render: (_, o) => {
        const mark = followUpOf(o);
        return mark ? (
          <Space orientation="vertical" size={0}>
            <Tag color="purple">Đang theo dõi</Tag>
            {mark.comment ? <Typography.Text type="secondary">{mark.comment}</Typography.Text> : null}
            <Button
              size="small"
              disabled={!o.outcomeId}
              onClick={() =>
                followUp.mutate(
                  { outcomeId: o.outcomeId as number },
                  {
                    onSuccess: () => message.success('Đã bỏ đánh dấu theo dõi.'),
                    onError: (e) => message.error(errorMessage(e)),
                  },
                )
              }
            >
              Bỏ theo dõi
            </Button>
          </Space>
        ) : (
          <Button size="small" disabled={!o.outcomeId} onClick={() => setMarking(o)}>
            Đánh dấu theo dõi
          </Button>
        );
      },
    },
  ];
  return (
    <>
      <Tabs
        items={[
          {
            key: 'violations',
            label: `Vi phạm quy tắc${violations.data?.total ? ` (${violations.data.total})` : ''}`,
            children: !CHECKS_AVAILABLE.validation ? (
              <NotYet />
            ) : violations.isError ? (
              <Unavailable error={violations.error} onRetry={() => violations.refetch()} />
            ) : (
              <div data-testid="violations">
                <Table<Violation>
                  rowKey={(v) => `${v.ruleCode}-${v.unitKey}-${v.period}`}
                  size="small"
                  columns={violationColumns}
                  dataSource={violations.data?.items ?? []}
                  loading={violations.isFetching}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: <EmptyState text="Không có vi phạm" /> }}
                />
              </div>
            ),
          },
          {
            key: 'outliers',
            label: `Giá trị bất thường${outliers.data?.total ? ` (${outliers.data.total})` : ''}`,
            children: !CHECKS_AVAILABLE.outliers ? (
              <NotYet />
            ) : outliers.isError ? (
              <Unavailable error={outliers.error} onRetry={() => outliers.refetch()} />
            ) : (
              <div data-testid="outliers">
                <Table<Outlier>
                  rowKey={(o) => String(o.outcomeId)}
                  size="small"
                  columns={outlierColumns}
                  dataSource={outliers.data?.items ?? []}
                  loading={outliers.isFetching}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: <EmptyState text="Không có giá trị bất thường" /> }}
                />
              </div>
            ),
          },
        ]}
      />
      <Modal
        open={!!marking}
        title="Đánh dấu theo dõi"
        okText="Đánh dấu"
        cancelText="Hủy"
        okButtonProps={{ disabled: !comment.trim(), loading: followUp.isPending }}
        onCancel={() => setMarking(null)}
        onOk={() =>
          marking?.outcomeId &&
          followUp.mutate(
            { outcomeId: marking.outcomeId, comment: comment.trim() },
            {
              onSuccess: () => {
                message.success('Đã đánh dấu theo dõi.');
                setMarking(null);
                setComment('');
              },
              onError: (e) => message.error(errorMessage(e)),
            },
          )
        }
        destroyOnHidden
      >
        <label htmlFor="follow-up-comment">Ghi chú</label>
        <Input.TextArea
          id="follow-up-comment"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </>
  );
}
