import { useState } from 'react';
import { Table } from 'antd';
import type { TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useIndicators } from '../../api/lookups';
import { formatDateTime, formatNumber, formatValue, periodLabel } from '../../format';
import { EmptyState, ErrorState } from '../../components/States';
import { PAGE_SIZES, sortFromSorter, sortOrderOf } from '../models/shared/listQuery';
import { POINTS_KEY } from './pointApi';

type Outcome = Schemas['Outcome'];

/** The values a point has reported, newest period first, a page at a time. */
export function PointOutcomes({ pointId }: { pointId: number }) {
  const [paging, setPaging] = useState<{ page: number; size: number; sort?: string }>({ page: 0, size: 20, sort: '-period' });
  const indicators = useIndicators();
  const outcomes = useQuery({
    queryKey: [POINTS_KEY, 'one', String(pointId), 'outcomes', paging],
    queryFn: () => unwrap(api.GET('/api/v1/outcomes', {
      // The newest period first, then the indicators in a stable order.
      params: { query: { pointId, page: paging.page, size: paging.size, sort: paging.sort && !paging.sort.endsWith('indicatorCode') ? `${paging.sort},indicatorCode` : paging.sort } },
    })),
    placeholderData: keepPreviousData,
  });
  const indicator = (code?: string) => indicators.data?.find((i) => i.code === code);

  if (outcomes.isError) return <ErrorState error={outcomes.error} onRetry={() => outcomes.refetch()} />;

  const columns: TableProps<Outcome>['columns'] = [
    {
      title: 'Chỉ tiêu', dataIndex: 'indicatorCode', key: 'indicatorCode', sorter: true, sortOrder: sortOrderOf(paging.sort, 'indicatorCode'),
      render: (code: string) => indicator(code)?.name ?? code,
    },
    {
      title: 'Kỳ báo cáo', dataIndex: 'period', key: 'period', sorter: true, sortOrder: sortOrderOf(paging.sort, 'period'),
      render: (period: string) => periodLabel(period),
    },
    {
      title: 'Giá trị', dataIndex: 'value', key: 'value', align: 'right', sorter: true, sortOrder: sortOrderOf(paging.sort, 'value'),
      render: (value: number, o) => formatValue(value, indicator(o.indicatorCode)?.unit),
    },
    { title: 'Cập nhật', dataIndex: 'updatedAt', key: 'updatedAt', render: formatDateTime, responsive: ['md'] },
  ];

  return (
    <Table<Outcome>
      data-testid="point-outcomes-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={outcomes.data?.items ?? []}
      loading={outcomes.isFetching}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: outcomes.isPending ? ' ' : <EmptyState text="Điểm chưa báo cáo kết quả nào" /> }}
      pagination={{
        current: paging.page + 1,
        pageSize: paging.size,
        total: outcomes.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (total) => `${formatNumber(total)} giá trị`,
      }}
      onChange={(pagination, _f, sorter, extra) => {
        const size = pagination.pageSize ?? paging.size;
        const page = extra.action === 'paginate' && size === paging.size ? (pagination.current ?? 1) - 1 : 0;
        setPaging({ page, size, sort: sortFromSorter(sorter) });
      }}
    />
  );
}
