import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ColumnType } from 'antd/es/table/interface';
import { formatDate, PLACE_TYPE_LABELS } from '../../../format';
import { columnsFor, NarrowDetails, WIDE_ONLY } from '../../../components/columns';
import type { Point } from '../api/pointApi';

/** The columns every list of points shares (all points, a model's points), bound to the table's sort. */
export function pointColumns(sort: string | undefined) {
  const col = columnsFor<Point>(sort);
  return {
    ...col,
    /** The place, linked to its page; on a phone `details` and the status go under it. */
    place: (narrow: boolean, details: (p: Point) => ReactNode): ColumnType<Point> =>
      col.sorted('Nơi triển khai', 'placeName', {
        render: (name: string, p) => (
          <>
            <Link to={`/diem/${p.id}`}>{name}</Link>
            <NarrowDetails show={narrow} status={p.status}>
              {details(p)}
            </NarrowDetails>
          </>
        ),
      }),
    placeType: (title: string): ColumnType<Point> =>
      col.plain(title, 'placeType', { render: (t: string) => PLACE_TYPE_LABELS[t] ?? t, ...WIDE_ONLY }),
    established: (): ColumnType<Point> =>
      col.sorted('Thành lập', 'establishedOn', { render: formatDate, ...WIDE_ONLY }),
    teams: (): ColumnType<Point> => col.count('Số tổ', 'teamCount', WIDE_ONLY),
    members: (): ColumnType<Point> => col.count('Thành viên', 'memberCount'),
  };
}
