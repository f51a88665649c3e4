import { Button, Segmented, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PagedTable } from '../../../components/PagedTable';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { formatDateTime } from '../../../format';
import type { Paging } from '../../../lib/listQuery';
import { useLateUnits, type LateUnit } from '../api/reportingApi';
import { ReportStateTag } from './ReportStateTag';
import { useSearchParams } from 'react-router-dom';

const PAGING: Paging = { page: 0, size: 10 };

/** The late and missing units of the scope, the list used to remind them; a row opens the unit's report. */
export function LateUnitsTable({
  obligation,
  period,
  provinceCode,
  communeCode,
  onUnit,
}: {
  obligation: string;
  period: string;
  provinceCode: string | null;
  communeCode: string | null;
  onUnit: (unit: LateUnit) => void;
}) {
  const pager = useUrlPaging('late', PAGING);
  const [paging] = pager;
  const [params, setParams] = useSearchParams();
  const state =
    params.get('lateState') === 'late' || params.get('lateState') === 'missing' ? params.get('lateState') : '';
  const list = useLateUnits(obligation, {
    period,
    provinceCode: provinceCode ?? undefined,
    communeCode: communeCode ?? undefined,
    state: state || undefined,
    page: paging.page,
    size: paging.size,
  });
  const columns: ColumnsType<LateUnit> = [
    {
      title: 'Đơn vị',
      key: 'name',
      render: (_, u) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onUnit(u)}>
          {u.unitName ?? u.placeName ?? u.unit}
        </Button>
      ),
    },
    { title: 'Tình trạng', key: 'state', render: (_, u) => <ReportStateTag state={u.state} /> },
    { title: 'Giá trị đầu tiên', key: 'first', render: (_, u) => formatDateTime(u.firstValueAt) },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented
        aria-label="Lọc theo tình trạng"
        value={state ?? ''}
        options={[
          { value: '', label: 'Muộn và thiếu' },
          { value: 'late', label: 'Nộp muộn' },
          { value: 'missing', label: 'Thiếu' },
        ]}
        onChange={(v) => {
          setParams((current) => {
            const next = new URLSearchParams(current);
            if (v) next.set('lateState', String(v));
            else next.delete('lateState');
            next.delete('latePage');
            return next;
          });
        }}
      />
      <div data-testid="late-units">
        <PagedTable<LateUnit, Paging>
          rowKey={(u) => `${u.unitType}-${u.unit}`}
          columns={columns}
          list={list}
          pager={pager}
          unit="đơn vị"
          emptyText="Không có đơn vị nộp muộn hay thiếu"
        />
      </div>
    </Space>
  );
}
