import { Link, useSearchParams } from 'react-router-dom';
import { Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useProvinces, nameOf } from '../../../api/lookups';
import { ErrorState } from '../../../components/States';
import { formatNumber, periodLabel, PERIOD_TYPE_LABELS, type PeriodType } from '../../../format';
import { useModelNames } from '../../models';
import { useCommuneNames, useQuietPoints, type QuietPoint } from '../api/api';
import { PERIOD_TYPES } from '../../../lib/periods';
import { SectionCard } from '../../../components/SectionCard';
import { useUrlPaging } from '../../../hooks/useListQuery';
import type { Paging } from '../../../lib/listQuery';

const PAGING: Paging = { page: 0, size: 10 };
const DEFAULT_TYPE: PeriodType = 'QUARTER';

const TYPE_OPTIONS = PERIOD_TYPES.map((t) => ({ value: t, label: `Theo ${PERIOD_TYPE_LABELS[t].toLowerCase()}` }));

/**
 * Active points that reported nothing in the last two complete periods: the "only on paper" points the
 * ministry wants to see.
 */
export function QuietPointsCard({ provinceCode }: { provinceCode?: string }) {
  // The period type, page and size live in the URL, like every table's, so reload and Back keep them.
  const [params, setParams] = useSearchParams();
  const typeParam = params.get('quietType') as PeriodType | null;
  const periodType = typeParam && PERIOD_TYPES.includes(typeParam) ? typeParam : DEFAULT_TYPE;
  const [{ page, size }, setPaging] = useUrlPaging('quiet', PAGING);
  const setPeriodType = (type: PeriodType) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (type === DEFAULT_TYPE) next.delete('quietType');
      else next.set('quietType', type);
      next.delete('quietPage');
      return next;
    });
  const quiet = useQuietPoints({ provinceCode, periodType, page, size });
  const provinces = useProvinces();
  const items = quiet.data?.items ?? [];
  const modelName = useModelNames(items.map((i) => i.modelCode));
  const communes = useCommuneNames(items.map((i) => i.communeCode));
  const periods = quiet.data?.periods ?? [];

  const columns: ColumnsType<QuietPoint> = [
    {
      title: 'Nơi triển khai',
      dataIndex: 'placeName',
      key: 'placeName',
      render: (name: string, row) => <Link to={`/diem/${row.id}`}>{name || `Điểm ${row.id}`}</Link>,
    },
    {
      title: 'Mô hình',
      dataIndex: 'modelCode',
      key: 'modelCode',
      render: (code: string) => <Link to={`/mo-hinh/${encodeURIComponent(code)}`}>{modelName(code)}</Link>,
    },
    {
      title: 'Xã, phường',
      dataIndex: 'communeCode',
      key: 'communeCode',
      render: (code: string) => communes.get(code) ?? code,
    },
    ...(provinceCode
      ? []
      : [
          {
            title: 'Tỉnh, thành phố',
            dataIndex: 'provinceCode',
            key: 'provinceCode',
            render: (code: string) => <Link to={`/tinh/${code}`}>{nameOf(provinces.data, code)}</Link>,
          },
        ]),
    {
      title: 'Thành viên',
      dataIndex: 'memberCount',
      key: 'memberCount',
      align: 'right',
      render: (v: number) => formatNumber(v),
    },
    {
      title: 'Kỳ báo cáo gần nhất',
      dataIndex: 'lastReportedPeriod',
      key: 'lastReportedPeriod',
      render: (p: string | null) => (p ? periodLabel(p) : <Tag color="red">Chưa từng báo cáo</Tag>),
    },
  ];

  return (
    <SectionCard
      data-testid="quiet-points"
      title={
        <span>
          Điểm không báo cáo kết quả{' '}
          {quiet.data && (
            <Tag
              color={quiet.data.total ? 'red' : 'green'}
              data-testid="quiet-points-total"
              style={{ marginInlineStart: 4 }}
            >
              {formatNumber(quiet.data.total)}
            </Tag>
          )}
        </span>
      }
      extra={
        <Select<PeriodType>
          size="small"
          aria-label="Xét theo loại kỳ"
          value={periodType}
          options={TYPE_OPTIONS}
          onChange={setPeriodType}
          style={{ width: 140 }}
        />
      }
    >
      {periods.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          Điểm đang hoạt động nhưng không có kết quả nào trong {periods.map(periodLabel).join(' và ')}.
        </Typography.Paragraph>
      )}
      {quiet.isError ? (
        <ErrorState error={quiet.error} onRetry={() => quiet.refetch()} />
      ) : (
        <Table<QuietPoint>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={quiet.isPending || quiet.isPlaceholderData}
          scroll={{ x: 960 }}
          locale={{ emptyText: 'Mọi điểm đang hoạt động đều đã báo cáo kết quả' }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: quiet.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50],
            showTotal: (total) => `${formatNumber(total)} điểm`,
            onChange: (p, s) => setPaging({ page: s !== size ? 0 : p - 1, size: s }),
          }}
        />
      )}
    </SectionCard>
  );
}
