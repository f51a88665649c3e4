import { Button, Col, Grid, Row, Space } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { nameOf, useCommuneNames, useCommuneOptions, useProvinces } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint } from '../../../auth/permissions';
import { PagedTable } from '../../../components/PagedTable';
import { useListQuery } from '../../../hooks/useListQuery';
import { apiParams, withFilter } from '../../../lib/listQuery';
import { SearchBox } from '../../../components/SearchBox';
import { STATUS_OPTIONS } from '../../../components/StatusTag';
import { WIDE_ONLY } from '../../../components/columns';
import { pointColumns } from './pointColumns';
import { codeOptions, FilterSelect } from '../../../components/FilterSelect';
import { ModelSelect } from './ModelSelect';
import { useModelNames } from '../../models';
import { usePoints, type Point } from '../api/pointApi';
import { PLACE_TYPE_OPTIONS, prefill } from '../utils/pointOptions';
import { PageTitle } from '../../../components/PageTitle';

const FILTERS = ['q', 'provinceCode', 'communeCode', 'modelCode', 'status', 'placeType'] as const;

/** Every replication point, filtered and paged by the server; the filters live in the URL. */
export default function PointsPage() {
  const session = useSession();
  const pager = useListQuery(FILTERS);
  const [query, setQuery] = pager;
  const { filters } = query;
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

  const setFilter = (key: (typeof FILTERS)[number], value: string | undefined) => {
    const next = withFilter(query, key, value);
    // A commune belongs to one province: changing the province drops it.
    setQuery(key === 'provinceCode' ? withFilter(next, 'communeCode', undefined) : next);
  };

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
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row justify="space-between" align="middle" gutter={[8, 8]}>
        <Col>
          <PageTitle>Điểm nhân rộng</PageTitle>
        </Col>
        {canCreatePoint(session) && (
          <Col>
            <Link to={createLink}>
              <Button type="primary" icon={<PlusOutlined />} data-testid="point-create">
                Thêm điểm
              </Button>
            </Link>
          </Col>
        )}
      </Row>

      <Row gutter={[8, 8]}>
        <Col xs={24} md={12} xl={8}>
          <SearchBox
            value={filters.q}
            onSearch={(text) => setFilter('q', text)}
            placeholder="Tìm theo tên nơi triển khai (không dấu cũng được)"
            label="Tìm điểm nhân rộng"
            testId="points-search"
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <ModelSelect
            allowClear
            value={filters.modelCode}
            onChange={(v) => setFilter('modelCode', v)}
            placeholder="Mô hình"
            aria-label="Lọc theo mô hình"
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <FilterSelect
            label="Lọc theo tỉnh"
            placeholder="Tỉnh, thành phố"
            searchable
            value={filters.provinceCode}
            onChange={(v) => setFilter('provinceCode', v)}
            loading={provinces.isPending}
            options={codeOptions(provinces.data)}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <FilterSelect
            label="Lọc theo xã, phường"
            placeholder={filters.provinceCode ? 'Xã, phường' : 'Chọn tỉnh để lọc xã'}
            searchable
            disabled={!filters.provinceCode}
            value={filters.communeCode}
            onChange={(v) => setFilter('communeCode', v)}
            loading={communes.isFetching}
            options={communes.options}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <FilterSelect
            label="Lọc theo trạng thái"
            placeholder="Trạng thái"
            value={filters.status}
            onChange={(v) => setFilter('status', v)}
            options={STATUS_OPTIONS}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <FilterSelect
            label="Lọc theo loại nơi triển khai"
            placeholder="Loại nơi triển khai"
            value={filters.placeType}
            onChange={(v) => setFilter('placeType', v)}
            options={PLACE_TYPE_OPTIONS}
          />
        </Col>
      </Row>

      <PagedTable<Point, typeof query>
        data-testid="points-table"
        rowKey="id"
        size="middle"
        columns={columns}
        list={list}
        dataSource={items}
        pager={pager}
        unit="điểm"
        emptyText="Không có điểm nào khớp bộ lọc"
        scroll={narrow ? undefined : { x: 1000 }}
      />
    </Space>
  );
}
