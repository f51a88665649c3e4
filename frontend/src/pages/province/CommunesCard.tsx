import { useState } from 'react';
import { Table, Tag } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { ErrorState } from '../../components/States';
import { formatNumber, periodLabel } from '../../format';
import { useCommuneSummary, type CommuneRow } from '../overview/api';
import { SectionCard } from '../overview/SectionCard';

/** Column keys the API can sort by (covered is not one of them). */
const SORTABLE = new Set(['communeName', 'modelCount', 'pointCount', 'activePointCount', 'teamCount', 'memberCount']);

function sortParam(sorter: SorterResult<CommuneRow> | SorterResult<CommuneRow>[]): string {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = String(s?.columnKey ?? '');
  if (!s?.order || !SORTABLE.has(key)) return 'communeName';
  return s.order === 'descend' ? `-${key}` : key;
}

/** The province's communes with their models, points and members; sorted and paged by the API. */
export function CommunesCard({ provinceCode, period }: { provinceCode: string; period: string }) {
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(10);
  const [sort, setSort] = useState('communeName');
  const communes = useCommuneSummary(provinceCode, period, page, size, sort);

  const order = (key: string) => (sort === key ? 'ascend' as const : sort === `-${key}` ? 'descend' as const : null);
  const count = (title: string, key: keyof CommuneRow) => ({
    title,
    dataIndex: key,
    key,
    align: 'right' as const,
    sorter: true,
    sortOrder: order(key),
    sortDirections: ['descend' as const, 'ascend' as const],
    render: (v: number) => formatNumber(v),
  });
  const columns: ColumnsType<CommuneRow> = [
    { title: 'Xã, phường, đặc khu', dataIndex: 'communeName', key: 'communeName', sorter: true, sortOrder: order('communeName') },
    count('Mô hình', 'modelCount'),
    count('Điểm nhân rộng', 'pointCount'),
    count('Điểm hoạt động', 'activePointCount'),
    count('Tổ', 'teamCount'),
    count('Thành viên', 'memberCount'),
    {
      title: 'Có điểm hoạt động',
      dataIndex: 'covered',
      key: 'covered',
      align: 'center',
      render: (covered: boolean) => (covered ? <Tag color="green">Có</Tag> : <Tag color="default">Chưa có</Tag>),
    },
  ];

  return (
    <SectionCard title={`Các xã, phường, đặc khu — ${periodLabel(period)}`} data-testid="province-communes">
      {communes.isError ? <ErrorState error={communes.error} onRetry={() => communes.refetch()} /> : (
        <Table<CommuneRow>
          size="small"
          rowKey="communeCode"
          columns={columns}
          dataSource={communes.data?.items ?? []}
          loading={communes.isPending || communes.isPlaceholderData}
          scroll={{ x: 'max-content' }}
          showSorterTooltip={false}
          locale={{ emptyText: 'Không có xã nào' }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              setSort(sortParam(sorter));
              setPage(0);
              return;
            }
            const nextSize = pagination.pageSize ?? size;
            setPage(nextSize !== size ? 0 : (pagination.current ?? 1) - 1);
            setSize(nextSize);
          }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: communes.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `${formatNumber(total)} xã, phường, đặc khu`,
          }}
        />
      )}
    </SectionCard>
  );
}
