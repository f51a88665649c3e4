import { Table } from 'antd';
import type { TableProps } from 'antd';
import { formatNumber } from '../format';
import { afterTableChange, PAGE_SIZES, type Paging } from '../lib/listQuery';
import { EmptyState } from './States';

/**
 * A table over one page of a server-paged list: the pager shows the server's total ("1.658 điểm"), and a new page,
 * page size or sort goes back to the caller as the next paging to ask for.
 */
export function PagedTable<T extends object, P extends Paging>({
  list,
  paging,
  onPaging,
  unit,
  emptyText,
  dataSource,
  ...table
}: {
  list: { data?: { items?: T[]; total?: number }; isFetching: boolean; isPending: boolean };
  paging: P;
  onPaging: (next: P) => void;
  /** What one row is, as the total names it: "mô hình", "điểm", "giá trị". */
  unit: string;
  emptyText: string;
} & Omit<TableProps<T>, 'loading' | 'pagination' | 'onChange' | 'locale'>) {
  return (
    <Table<T>
      {...table}
      dataSource={dataSource ?? list.data?.items ?? []}
      loading={list.isFetching}
      locale={{ emptyText: list.isPending ? ' ' : <EmptyState text={emptyText} /> }}
      pagination={{
        current: paging.page + 1,
        pageSize: paging.size,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (total) => `${formatNumber(total)} ${unit}`,
      }}
      onChange={(pagination, _filters, sorter, extra) =>
        onPaging(afterTableChange(paging, pagination, sorter, extra.action))
      }
    />
  );
}
