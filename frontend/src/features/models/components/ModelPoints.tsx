import { useMemo } from 'react';
import { Grid, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { nameOf, useCommuneNames, useProvinces } from '../../../api/lookups';
import { formatDate, formatNumber, PLACE_TYPE_LABELS } from '../../../format';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { PagedTable } from '../../../components/PagedTable';
import { StatusTag } from '../../../components/StatusTag';
import { sortOrderOf, type Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { usePoints, type Point, PointsMap, type MapPoint, hasCoordinates } from '../../points';

const PAGING: Paging = { page: 0, size: 10, sort: 'placeName' };

/** The places where a model runs, a page at a time. */
export function ModelPointsTable({ code }: { code: string }) {
  const [paging, setPaging] = useUrlPaging('points', PAGING);
  const params = { modelCode: code, page: paging.page, size: paging.size, sort: paging.sort };
  const points = usePoints(params);
  const provinces = useProvinces();
  const narrow = !Grid.useBreakpoint().md;
  const items = points.data?.items ?? [];
  const communeName = useCommuneNames(items.map((p) => p.provinceCode));

  if (points.isError) return <ErrorState error={points.error} onRetry={() => points.refetch()} />;

  const columns: TableProps<Point>['columns'] = [
    {
      title: 'Nơi triển khai',
      dataIndex: 'placeName',
      key: 'placeName',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'placeName'),
      render: (name: string, p) => (
        <>
          <Link to={`/diem/${p.id}`}>{name}</Link>
          {narrow && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {communeName(p.communeCode)}, {nameOf(provinces.data, p.provinceCode)}
              </Typography.Text>{' '}
              <StatusTag status={p.status} />
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Loại',
      dataIndex: 'placeType',
      key: 'placeType',
      render: (t: string) => PLACE_TYPE_LABELS[t] ?? t,
      responsive: ['md'],
    },
    {
      title: 'Xã, phường',
      dataIndex: 'communeCode',
      key: 'communeCode',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'communeCode'),
      render: (c: string, p) => `${communeName(c)}, ${nameOf(provinces.data, p.provinceCode)}`,
      responsive: ['md'],
    },
    {
      title: 'Thành lập',
      dataIndex: 'establishedOn',
      key: 'establishedOn',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'establishedOn'),
      render: formatDate,
      responsive: ['md'],
    },
    {
      title: 'Số tổ',
      dataIndex: 'teamCount',
      key: 'teamCount',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'teamCount'),
      render: formatNumber,
      responsive: ['md'],
    },
    {
      title: 'Thành viên',
      dataIndex: 'memberCount',
      key: 'memberCount',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(paging.sort, 'memberCount'),
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

  return (
    <PagedTable<Point, typeof paging>
      data-testid="model-points-table"
      rowKey="id"
      size="small"
      columns={columns}
      list={points}
      dataSource={items}
      paging={paging}
      onPaging={setPaging}
      unit="điểm"
      emptyText="Mô hình chưa có điểm nhân rộng"
      scroll={narrow ? undefined : { x: 'max-content' }}
    />
  );
}

/** Up to this many points are drawn; the API pages at 500. */
const MAP_LIMIT = 500;

/** The model's points that have coordinates, on a longitude/latitude grid. */
export function ModelPointsMap({ code }: { code: string }) {
  const params = { modelCode: code, page: 0, size: MAP_LIMIT, sort: 'id' };
  const all = usePoints(params, { keepPrevious: false });
  const located = useMemo(() => (all.data?.items ?? []).filter(hasCoordinates), [all.data]);
  const communeName = useCommuneNames(located.map((p) => p.provinceCode));
  const mapPoints: MapPoint[] = useMemo(
    () =>
      located.map((p) => ({
        id: p.id!,
        latitude: p.latitude,
        longitude: p.longitude,
        name: p.placeName ?? '',
        detail: communeName(p.communeCode),
      })),
    [located, communeName],
  );

  if (all.isPending) return <Loading rows={4} />;
  if (all.isError) return <ErrorState error={all.error} onRetry={() => all.refetch()} />;
  if (!located.length) {
    return (
      <EmptyState
        text={(all.data.total ?? 0) > 0 ? 'Chưa điểm nào của mô hình có tọa độ' : 'Mô hình chưa có điểm nhân rộng'}
      />
    );
  }
  const total = all.data.total ?? 0;
  return (
    <>
      <PointsMap points={mapPoints} label={`Sơ đồ vị trí ${located.length} điểm nhân rộng của mô hình`} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatNumber(located.length)}/{formatNumber(Math.min(total, MAP_LIMIT))} điểm có tọa độ
        {total > MAP_LIMIT ? ` (chỉ xét ${formatNumber(MAP_LIMIT)} điểm đầu)` : ''}.
      </Typography.Text>
    </>
  );
}
