import { Grid, Table, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { formatNumber, formatPercent, periodLabel } from '../../../format';
import type { ComparisonRow } from '../utils/outcomes';

function Change({ row, narrow }: { row: ComparisonRow; narrow: boolean }) {
  if (row.change === 0) {
    return (
      <Typography.Text type="secondary">
        <MinusOutlined aria-hidden /> Không đổi
      </Typography.Text>
    );
  }
  const up = row.change > 0;
  const color = up ? '#237804' : '#cf1322';
  const share = row.changeShare === null ? 'mới có' : (up ? '+' : '−') + formatPercent(Math.abs(row.changeShare));
  return (
    <span
      style={{ color, whiteSpace: 'nowrap' }}
      aria-label={`${up ? 'Tăng' : 'Giảm'} ${formatNumber(Math.abs(row.change))} (${share})`}
    >
      {up ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />} {up ? '+' : '−'}
      {formatNumber(Math.abs(row.change))}
      {narrow ? <br /> : ' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ({share})
      </Typography.Text>
    </span>
  );
}

/** Outcome totals of the period next to the previous period's, with the change. */
export function OutcomeComparison({
  rows,
  current,
  previous,
  loading,
}: {
  rows: ComparisonRow[];
  current: string;
  previous: string | null;
  loading?: boolean;
}) {
  // On a phone the unit goes under the indicator's name: five columns do not fit 390 pixels.
  const narrow = Grid.useBreakpoint().xs === true;
  const columns: ColumnsType<ComparisonRow> = [
    {
      title: 'Chỉ tiêu',
      dataIndex: 'name',
      key: 'name',
      onCell: () => ({ style: { minWidth: narrow ? 130 : 200 } }),
      render: (name: string, row) =>
        narrow ? (
          <>
            {name}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.unit}
            </Typography.Text>
          </>
        ) : (
          name
        ),
    },
    ...(narrow ? [] : [{ title: 'Đơn vị', dataIndex: 'unit', key: 'unit', width: 90 }]),
    {
      title: periodLabel(current),
      dataIndex: 'current',
      key: 'current',
      align: 'right',
      width: narrow ? undefined : 120,
      render: (v: number) => <strong>{formatNumber(v)}</strong>,
    },
    {
      title: periodLabel(previous),
      dataIndex: 'previous',
      key: 'previous',
      align: 'right',
      width: narrow ? undefined : 120,
      render: (v: number) => formatNumber(v),
    },
    { title: 'Thay đổi', key: 'change', align: 'right', render: (_, row) => <Change row={row} narrow={narrow} /> },
  ];
  return (
    <Table<ComparisonRow>
      data-testid="outcome-comparison"
      size="small"
      rowKey="indicatorCode"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: true }}
      pagination={rows.length > 10 ? { defaultPageSize: 10, showSizeChanger: false, size: 'small' } : false}
      locale={{ emptyText: 'Chưa có kết quả nào trong kỳ này và kỳ trước' }}
    />
  );
}
