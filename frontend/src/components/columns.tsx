import type { ReactNode } from 'react';
import { Typography } from 'antd';
import type { ColumnType } from 'antd/es/table/interface';
import { formatNumber } from '../format';
import { sortOrderOf } from '../lib/listQuery';
import { StatusTag } from './StatusTag';

/** A row field a column shows: its API name is the column key and, when sortable, the sort key. */
type Field<T> = Extract<keyof T, string>;

/**
 * The column shapes of the server-paged tables, bound to the table's current sort (`name` or `-name`), so each
 * table lists only what differs: a title, a field and, where needed, how a cell reads.
 */
export function columnsFor<T>(sort: string | undefined) {
  const plain = (title: string, field: Field<T>, rest: Partial<ColumnType<T>> = {}): ColumnType<T> => ({
    title,
    dataIndex: field,
    key: field,
    ...rest,
  });
  /** A column the API sorts by its field. */
  const sorted = (title: string, field: Field<T>, rest: Partial<ColumnType<T>> = {}): ColumnType<T> =>
    plain(title, field, { sorter: true, sortOrder: sortOrderOf(sort, field), ...rest });
  return {
    plain,
    sorted,
    /** A sortable count, right-aligned in vi-VN digits. */
    count: (title: string, field: Field<T>, rest: Partial<ColumnType<T>> = {}): ColumnType<T> =>
      sorted(title, field, { align: 'right', render: (v: number) => formatNumber(v), ...rest }),
    /** A model's or point's status as its coloured tag. */
    status: (rest: Partial<ColumnType<T>> = {}): ColumnType<T> =>
      plain('Trạng thái', 'status' as Field<T>, { render: (s: string) => <StatusTag status={s} />, ...rest }),
  };
}

/** Columns hidden on a phone. */
export const WIDE_ONLY: Pick<ColumnType<object>, 'responsive'> = { responsive: ['md'] };

/** On a phone the other columns are hidden: the row's essentials go under its name, with its status. */
export function NarrowDetails({ show, status, children }: { show: boolean; status?: string; children: ReactNode }) {
  if (!show) return null;
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {children}
      </Typography.Text>{' '}
      <StatusTag status={status} />
    </div>
  );
}
