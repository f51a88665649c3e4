import { Grid } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { nameOf, useCommuneNames, useCommuneOptions, useProvinces } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint } from '../../../auth/permissions';
import { PagedTable } from '../../../components/PagedTable';
import { useListFilters } from '../../../hooks/useListQuery';
import { apiParams } from '../../../lib/listQuery';
import { WIDE_ONLY } from '../../../components/columns';
import { pointColumns } from './pointColumns';
import { FilterCell, ListPage, ProvinceFilter, SelectFilter, StatusFilter } from '../../../components/ListPage';
import { ModelSelect } from './ModelSelect';
import { useModelNames } from '../../models';
import { usePoints, type Point } from '../api/pointApi';
import { PLACE_TYPE_OPTIONS, prefill } from '../utils/pointOptions';

const FILTERS = ['q', 'provinceCode', 'communeCode', 'modelCode', 'status', 'placeType'] as const;
// A commune belongs to one province: changing the province drops it.
const CLEARS = { provinceCode: ['communeCode'] } as const;

/** Every replication point, filtered and paged by the server; the filters live in the URL. */
export default function PointsPage() {
  const session = useSession();
  const { pager, query, filters, filter } = useListFilters(FILTERS, CLEARS);
  const narrow = !Grid.useBreakpoint().md;
  const provinces = useProvinces();
  const communes = useCommuneOptions(filters.provinceCode);

  const params = {
    ...apiParams(query),
    status: filters.status as Point['status'],
    placeType: filters.placeType as Point['placeType'],
  };
  const list = usePoints(params);
  const items = list.data?.items ?? [];
  const communeName = useCommuneNames(items.map((p) => p.provinceCode));
  const modelName = useModelNames(items.map((p) => p.modelCode));

  const col = pointColumns(query.sort);
  const columns: TableProps<Point>['columns'] = [
    col.place(narrow, (p) => (
      <>
        {modelName(p.modelCode)} · {communeName(p.communeCode)}, {nameOf(provinces.data, p.provinceCode)}
      </>
    )),
    col.placeType('Loại nơi'),
    col.sorted('Mô hình', 'modelCode', {
      render: (code: string) => <Link to={`/mo-hinh/${encodeURIComponent(code)}`}>{modelName(code)}</Link>,
      ...WIDE_ONLY,
    }),
    col.sorted('Xã, phường', 'communeCode', { render: (code: string) => communeName(code), ...WIDE_ONLY }),
    col.plain('Tỉnh, thành phố', 'provinceCode', {
      render: (code: string) => nameOf(provinces.data, code),
      ...WIDE_ONLY,
    }),
    col.established(),
    col.teams(),
    col.members(),
    col.status(WIDE_ONLY),
  ];

  const createLink = `/diem/moi${prefill(filters.modelCode, filters.communeCode)}`;

  return (
    <ListPage
      title="Điểm nhân rộng"
      create={canCreatePoint(session) && { to: createLink, label: 'Thêm điểm', testId: 'point-create' }}
      search={{
        ...filter('q'),
        placeholder: 'Tìm theo tên nơi triển khai (không dấu cũng được)',
        label: 'Tìm điểm nhân rộng',
        testId: 'points-search',
      }}
      filters={
        <>
          <FilterCell wide>
            <ModelSelect allowClear {...filter('modelCode')} placeholder="Mô hình" aria-label="Lọc theo mô hình" />
          </FilterCell>
          <ProvinceFilter {...filter('provinceCode')} />
          <SelectFilter
            label="Lọc theo xã, phường"
            placeholder={filters.provinceCode ? 'Xã, phường' : 'Chọn tỉnh để lọc xã'}
            searchable
            disabled={!filters.provinceCode}
            loading={communes.isFetching}
            options={communes.options}
            {...filter('communeCode')}
          />
          <StatusFilter {...filter('status')} />
          <SelectFilter
            label="Lọc theo loại nơi triển khai"
            placeholder="Loại nơi triển khai"
            options={PLACE_TYPE_OPTIONS}
            {...filter('placeType')}
          />
        </>
      }
    >
      <PagedTable<Point, typeof query>
        data-testid="points-table"
        rowKey="id"
        size="middle"
        columns={columns}
        list={list}
        pager={pager}
        unit="điểm"
        emptyText="Không có điểm nào khớp bộ lọc"
        scroll={narrow ? undefined : { x: 1000 }}
      />
    </ListPage>
  );
}
