import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { ErrorState } from '../../../components/States';
import { PagedTable } from '../../../components/PagedTable';
import { sortOrderOf, type Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { formatNumber, periodLabel } from '../../../format';
import { useCommuneSummary, type CommuneRow } from '../../overview';
import { SectionCard } from '../../../components/SectionCard';

const PAGING: Paging = { page: 0, size: 10, sort: 'communeName' };

/** The province's communes with their models, points and members; sorted and paged by the API. */
export function CommunesCard({ provinceCode, period }: { provinceCode: string; period: string }) {
  const [paging, setPaging] = useUrlPaging('communes', PAGING);
  const communes = useCommuneSummary(provinceCode, period, paging.page, paging.size, paging.sort ?? 'communeName');
  const order = (key: string) => sortOrderOf(paging.sort, key);
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
    {
      title: 'Xã, phường, đặc khu',
      dataIndex: 'communeName',
      key: 'communeName',
      sorter: true,
      sortOrder: order('communeName'),
    },
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
      {communes.isError ? (
        <ErrorState error={communes.error} onRetry={() => communes.refetch()} />
      ) : (
        <PagedTable<CommuneRow, Paging>
          size="small"
          rowKey="communeCode"
          columns={columns}
          list={communes}
          paging={paging}
          onPaging={setPaging}
          unit="xã, phường, đặc khu"
          emptyText="Không có xã nào"
          scroll={{ x: 'max-content' }}
          showSorterTooltip={false}
        />
      )}
    </SectionCard>
  );
}
