import { Button, Col, Grid, Row, Space, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { nameOf, useCommuneNames, useCommuneOptions, useProvinces } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint } from '../../../auth/permissions';
import { formatDate, formatNumber, PLACE_TYPE_LABELS } from '../../../format';
import { ErrorState } from '../../../components/States';
import { PagedTable } from '../../../components/PagedTable';
import { useListQuery } from '../../../hooks/useListQuery';
import { apiParams, sortOrderOf, withFilter } from '../../../lib/listQuery';
import { SearchBox } from '../../../components/SearchBox';
import { StatusTag, STATUS_OPTIONS } from '../../../components/StatusTag';
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
  const [query, setQuery] = useListQuery(FILTERS);
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

  const columns: TableProps<Point>['columns'] = [
    {
      title: 'Nơi triển khai',
      dataIndex: 'placeName',
      key: 'placeName',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'placeName'),
      render: (name: string, p) => (
        <>
          <Link to={`/diem/${p.id}`}>{name}</Link>
          {narrow && (
            // On a phone the other columns are hidden; the essentials go under the name.
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {modelName(p.modelCode)} · {communeName(p.communeCode)}, {nameOf(provinces.data, p.provinceCode)}
              </Typography.Text>{' '}
              <StatusTag status={p.status} />
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Loại nơi',
      dataIndex: 'placeType',
      key: 'placeType',
      render: (t: string) => PLACE_TYPE_LABELS[t] ?? t,
      responsive: ['md'],
    },
    {
      title: 'Mô hình',
      dataIndex: 'modelCode',
      key: 'modelCode',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'modelCode'),
      render: (code: string) => <Link to={`/mo-hinh/${encodeURIComponent(code)}`}>{modelName(code)}</Link>,
      responsive: ['md'],
    },
    {
      title: 'Xã, phường',
      dataIndex: 'communeCode',
      key: 'communeCode',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'communeCode'),
      render: (code: string) => communeName(code),
      responsive: ['md'],
    },
    {
      title: 'Tỉnh, thành phố',
      dataIndex: 'provinceCode',
      key: 'provinceCode',
      render: (code: string) => nameOf(provinces.data, code),
      responsive: ['md'],
    },
    {
      title: 'Thành lập',
      dataIndex: 'establishedOn',
      key: 'establishedOn',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'establishedOn'),
      render: formatDate,
      responsive: ['md'],
    },
    {
      title: 'Số tổ',
      dataIndex: 'teamCount',
      key: 'teamCount',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'teamCount'),
      render: formatNumber,
      responsive: ['md'],
    },
    {
      title: 'Thành viên',
      dataIndex: 'memberCount',
      key: 'memberCount',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'memberCount'),
      render: formatNumber,
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      key: 'status',
      render: (s: string) => <StatusTag status={s} />,
      responsive: ['md'],
    },
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

      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <PagedTable<Point, typeof query>
          data-testid="points-table"
          rowKey="id"
          size="middle"
          columns={columns}
          list={list}
          dataSource={items}
          paging={query}
          onPaging={setQuery}
          unit="điểm"
          emptyText="Không có điểm nào khớp bộ lọc"
          scroll={narrow ? undefined : { x: 1000 }}
        />
      )}
    </Space>
  );
}
