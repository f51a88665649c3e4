import type { TableProps } from 'antd';
import type { Schemas } from '../../../api/client';
import { usePointOutcomes } from '../api/pointApi';
import { useIndicators } from '../../../api/lookups';
import { formatDateTime, formatValue, periodLabel } from '../../../format';
import { ErrorState } from '../../../components/States';
import { PagedTable } from '../../../components/PagedTable';
import { sortOrderOf, type Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';

type Outcome = Schemas['Outcome'];

const PAGING: Paging = { page: 0, size: 20, sort: '-period' };

/** The values a point has reported, newest period first, a page at a time. */
export function PointOutcomes({ pointId }: { pointId: number }) {
  const [paging, setPaging] = useUrlPaging('outcomes', PAGING);
  const indicators = useIndicators();
  // The newest period first, then the indicators in a stable order.
  const sort = paging.sort && !paging.sort.endsWith('indicatorCode') ? `${paging.sort},indicatorCode` : paging.sort;
  const params = { pointId, page: paging.page, size: paging.size, sort };
  const outcomes = usePointOutcomes(params);
  const indicator = (code?: string) => indicators.data?.find((i) => i.code === code);

  if (outcomes.isError) return <ErrorState error={outcomes.error} onRetry={() => outcomes.refetch()} />;

  const columns: TableProps<Outcome>['columns'] = [
    {
      title: 'Chỉ tiêu',
      dataIndex: 'indicatorCode',
      key: 'indicatorCode',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'indicatorCode'),
      render: (code: string) => indicator(code)?.name ?? code,
    },
    {
      title: 'Kỳ báo cáo',
      dataIndex: 'period',
      key: 'period',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'period'),
      render: (period: string) => periodLabel(period),
    },
    {
      title: 'Giá trị',
      dataIndex: 'value',
      key: 'value',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'value'),
      render: (value: number, o) => formatValue(value, indicator(o.indicatorCode)?.unit),
    },
    { title: 'Cập nhật', dataIndex: 'updatedAt', key: 'updatedAt', render: formatDateTime, responsive: ['md'] },
  ];

  return (
    <PagedTable<Outcome, typeof paging>
      data-testid="point-outcomes-table"
      rowKey="id"
      size="small"
      columns={columns}
      list={outcomes}
      paging={paging}
      onPaging={setPaging}
      unit="giá trị"
      emptyText="Điểm chưa báo cáo kết quả nào"
      scroll={{ x: 'max-content' }}
    />
  );
}
