import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Progress, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatNumber, formatPercent } from '../../../format';
import type { ProvinceRow } from '../api/api';
import { coverageBand } from '../utils/tileLayout';
import { usePeriodSearch } from '../../../hooks/usePeriodParam';
import { afterTableChange, sortOrderOf } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';

const byNumber = (key: keyof ProvinceRow) => (a: ProvinceRow, b: ProvinceRow) =>
  Number(a[key] ?? -1) - Number(b[key] ?? -1);

const count = (title: string, key: keyof ProvinceRow) => ({
  title,
  dataIndex: key,
  key,
  align: 'right' as const,
  sorter: byNumber(key),
  sortDirections: ['descend' as const, 'ascend' as const],
  render: (v: number) => formatNumber(v),
});

function ProvinceLink({ code, name }: { code: string; name: string }) {
  const search = usePeriodSearch();
  return <Link to={`/tinh/${code}${search}`}>{name}</Link>;
}

const columns: ColumnsType<ProvinceRow> = [
  {
    title: 'Tỉnh, thành phố',
    dataIndex: 'provinceName',
    key: 'provinceName',
    fixed: 'left',
    sorter: (a, b) => a.provinceName.localeCompare(b.provinceName, 'vi'),
    render: (name: string, row) => <ProvinceLink code={row.provinceCode} name={name} />,
  },
  count('Mô hình', 'modelCount'),
  count('Công nhận toàn quốc', 'nationalModelCount'),
  count('Điểm nhân rộng', 'pointCount'),
  count('Điểm hoạt động', 'activePointCount'),
  count('Tổ', 'teamCount'),
  count('Thành viên', 'memberCount'),
  {
    title: 'Xã có điểm',
    key: 'covered',
    align: 'right',
    sorter: byNumber('coveredCommuneCount'),
    sortDirections: ['descend', 'ascend'],
    render: (_, row) => (
      <span style={{ whiteSpace: 'nowrap' }}>
        {formatNumber(row.coveredCommuneCount)} / {formatNumber(row.communeCount)}
      </span>
    ),
  },
  {
    title: 'Độ phủ',
    dataIndex: 'coverage',
    key: 'coverage',
    width: 160,
    sorter: byNumber('coverage'),
    sortDirections: ['descend', 'ascend'],
    render: (share: number | null) => (
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Progress
          percent={share === null ? 0 : share * 100}
          showInfo={false}
          size="small"
          strokeColor={coverageBand(share).color === '#eff3ff' ? '#9ecae1' : coverageBand(share).color}
          style={{ flex: 1, margin: 0 }}
          aria-hidden
        />
        <span style={{ minWidth: 44, textAlign: 'right' }}>{formatPercent(share)}</span>
      </div>
    ),
  },
];

/**
 * The 34 provinces side by side, sortable by any figure; each name opens the province. Sorted and paged in the
 * browser, with the page and sort in the URL like every table's.
 */
export function ProvinceTable({
  rows,
  loading,
  pageSize = 10,
  testId = 'province-table',
}: {
  rows: ProvinceRow[];
  loading?: boolean;
  pageSize?: number;
  testId?: string;
}) {
  const defaults = useMemo(() => ({ page: 0, size: pageSize }), [pageSize]);
  const [paging, setPaging] = useUrlPaging('provinces', defaults);
  const sorted = useMemo(
    () => columns.map((c) => ({ ...c, sortOrder: sortOrderOf(paging.sort, String(c.key)) })),
    [paging.sort],
  );
  return (
    <Table<ProvinceRow>
      data-testid={testId}
      size="small"
      rowKey="provinceCode"
      columns={sorted}
      onChange={(pagination, _filters, sorter, extra) =>
        setPaging(afterTableChange(paging, pagination, sorter, extra.action))
      }
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1000 }}
      showSorterTooltip={false}
      pagination={{
        current: paging.page + 1,
        pageSize: paging.size,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50],
        showTotal: (total, [from, to]) =>
          `${formatNumber(from)}–${formatNumber(to)} / ${formatNumber(total)} tỉnh, thành phố`,
      }}
      locale={{ emptyText: 'Không có tỉnh, thành phố nào phù hợp' }}
    />
  );
}
