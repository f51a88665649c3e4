import type { TableProps } from 'antd';
import type { Schemas } from '../../../api/client';
import { usePointOutcomes } from '../api/pointApi';
import { useIndicators } from '../../../api/lookups';
import { formatDateTime, formatValue, periodLabel } from '../../../format';
import { columnsFor, WIDE_ONLY } from '../../../components/columns';
import { PagedTable } from '../../../components/PagedTable';
import type { Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';

type Outcome = Schemas['Outcome'];

const PAGING: Paging = { page: 0, size: 20, sort: '-period' };

/** The values a point has reported, newest period first, a page at a time. */
export function PointOutcomes({ pointId }: { pointId: number }) {
  const pager = useUrlPaging('outcomes', PAGING);
  const [paging] = pager;
  const indicators = useIndicators();
  // The newest period first, then the indicators in a stable order.
  const sort = paging.sort && !paging.sort.endsWith('indicatorCode') ? `${paging.sort},indicatorCode` : paging.sort;
  const params = { pointId, page: paging.page, size: paging.size, sort };
  const outcomes = usePointOutcomes(params);
  const indicator = (code?: string) => indicators.data?.find((i) => i.code === code);

  const col = columnsFor<Outcome>(paging.sort);
  const columns: TableProps<Outcome>['columns'] = [
    col.sorted('Chỉ tiêu', 'indicatorCode', { render: (code: string) => indicator(code)?.name ?? code }),
    col.sorted('Kỳ báo cáo', 'period', { render: (period: string) => periodLabel(period) }),
    col.sorted('Giá trị', 'value', {
      align: 'right',
      render: (value: number, o) => formatValue(value, indicator(o.indicatorCode)?.unit),
    }),
    col.plain('Cập nhật', 'updatedAt', { render: formatDateTime, ...WIDE_ONLY }),
  ];

  return (
    <PagedTable<Outcome, typeof paging>
      data-testid="point-outcomes-table"
      rowKey="id"
      columns={columns}
      list={outcomes}
      pager={pager}
      unit="giá trị"
      emptyText="Điểm chưa báo cáo kết quả nào"
      scroll={{ x: 'max-content' }}
    />
  );
}
