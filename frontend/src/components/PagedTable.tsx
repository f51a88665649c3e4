import { Table } from 'antd';
import type { TableProps } from 'antd';
import { formatNumber } from '../format';
import { afterTableChange, PAGE_SIZES, type Paging } from '../lib/listQuery';
import { EmptyState, ErrorState } from './States';

/**
 * A table over one page of a server-paged list: the pager shows the server's total ("1.658 điểm"), and a new page,
 * page size or sort goes back to the caller as the next paging to ask for. A failed request shows the error with
 * "Thử lại" in the table's place.
 */
export function PagedTable<T extends object, P extends Paging>({
  list,
  pager: [paging, onPaging],
  unit,
  emptyText,
  dataSource,
  size = 'small',
  ...table
}: {
  list: {
    data?: { items?: T[]; total?: number };
    isFetching: boolean;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  /** The paging shown and where the next one goes: what useUrlPaging or useListQuery return. */
  pager: readonly [P, (next: P) => void];
  /** What one row is, as the total names it: "mô hình", "điểm", "giá trị". */
  unit: string;
  emptyText: string;
} & Omit<TableProps<T>, 'loading' | 'pagination' | 'onChange' | 'locale'>) {
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Table<T>
      {...table}
      size={size}
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
