import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { columnsFor } from '../../../components/columns';
import { PagedTable } from '../../../components/PagedTable';
import type { Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { periodLabel } from '../../../format';
import { useCommuneSummary, type CommuneRow } from '../../overview';
import { SectionCard } from '../../../components/SectionCard';

const PAGING: Paging = { page: 0, size: 10, sort: 'communeName' };

/** The province's communes with their models, points and members; sorted and paged by the API. */
export function CommunesCard({ provinceCode, period }: { provinceCode: string; period: string }) {
  const pager = useUrlPaging('communes', PAGING);
  const [paging] = pager;
  const communes = useCommuneSummary(provinceCode, period, paging.page, paging.size, paging.sort ?? 'communeName');
  const col = columnsFor<CommuneRow>(paging.sort);
  // Counts sort the biggest first on the first click.
  const count = (title: string, field: keyof CommuneRow) =>
    col.count(title, field, { sortDirections: ['descend', 'ascend'] });
  const columns: ColumnsType<CommuneRow> = [
    col.sorted('Xã, phường, đặc khu', 'communeName'),
    count('Mô hình', 'modelCount'),
    count('Điểm nhân rộng', 'pointCount'),
    count('Điểm hoạt động', 'activePointCount'),
    count('Tổ', 'teamCount'),
    count('Thành viên', 'memberCount'),
    col.plain('Có điểm hoạt động', 'covered', {
      align: 'center',
      render: (covered: boolean) => (covered ? <Tag color="green">Có</Tag> : <Tag color="default">Chưa có</Tag>),
    }),
  ];

  return (
    <SectionCard title={`Các xã, phường, đặc khu — ${periodLabel(period)}`} data-testid="province-communes">
      <PagedTable<CommuneRow, typeof paging>
        rowKey="communeCode"
        columns={columns}
        list={communes}
        pager={pager}
        unit="xã, phường, đặc khu"
        emptyText="Không có xã nào"
        scroll={{ x: 'max-content' }}
        showSorterTooltip={false}
      />
    </SectionCard>
  );
}
