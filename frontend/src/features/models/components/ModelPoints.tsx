import { useMemo } from 'react';
import { Grid, Typography } from 'antd';
import type { TableProps } from 'antd';
import { nameOf, useCommuneNames, useProvinces } from '../../../api/lookups';
import { formatNumber } from '../../../format';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { PagedTable } from '../../../components/PagedTable';
import { WIDE_ONLY } from '../../../components/columns';
import type { Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { usePoints, type Point, PointsMap, type MapPoint, hasCoordinates, pointColumns } from '../../points';

const PAGING: Paging = { page: 0, size: 10, sort: 'placeName' };

/** The places where a model runs, a page at a time. */
export function ModelPointsTable({ code }: { code: string }) {
  const pager = useUrlPaging('points', PAGING);
  const [paging] = pager;
  const params = { modelCode: code, page: paging.page, size: paging.size, sort: paging.sort };
  const points = usePoints(params);
  const provinces = useProvinces();
  const narrow = !Grid.useBreakpoint().md;
  const items = points.data?.items ?? [];
  const communeName = useCommuneNames(items.map((p) => p.provinceCode));

  const col = pointColumns(paging.sort);
  const columns: TableProps<Point>['columns'] = [
    col.place(narrow, (p) => (
      <>
        {communeName(p.communeCode)}, {nameOf(provinces.data, p.provinceCode)}
      </>
    )),
    col.placeType('Loại'),
    col.sorted('Xã, phường', 'communeCode', {
      render: (c: string, p) => `${communeName(c)}, ${nameOf(provinces.data, p.provinceCode)}`,
      ...WIDE_ONLY,
    }),
    col.established(),
    col.teams(),
    col.members(),
    col.status(WIDE_ONLY),
  ];

  return (
    <PagedTable<Point, typeof paging>
      data-testid="model-points-table"
      rowKey="id"
      columns={columns}
      list={points}
      pager={pager}
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
