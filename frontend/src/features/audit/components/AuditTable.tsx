import { Link } from 'react-router-dom';
import { Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Schemas } from '../../../api/client';
import { useMemo } from 'react';
import { nameOf, useCategories, useIndicators, useProvinces } from '../../../api/lookups';
import { AUDIT_ACTION_LABELS, formatDateTime, formatNumber } from '../../../format';
import {
  clientLabel,
  describeEntry,
  diffEntries,
  entityLabel,
  entryLink,
  type CodeNames,
  type DiffRow,
} from '../utils/auditDiff';

type Entry = Schemas['AuditEntry'];

interface Props {
  data: Schemas['AuditEntryPage'] | undefined;
  loading: boolean;
  page: number;
  size: number;
  oldestFirst: boolean;
  onPage: (page: number, size: number) => void;
  onSort: (oldestFirst: boolean) => void;
}

const ACTION_COLORS: Record<string, string> = {
  CREATE: 'green',
  UPDATE: 'blue',
  DELETE: 'red',
  SUBMIT: 'cyan',
  APPROVE: 'purple',
  REOPEN: 'orange',
};

/** One page of the audit log; each row opens to the fields it changed. */
export function AuditTable({ data, loading, page, size, oldestFirst, onPage, onSort }: Props) {
  const provinces = useProvinces();
  const screens = Grid.useBreakpoint();
  const indicators = useIndicators();
  const categories = useCategories();
  const names: CodeNames = useMemo(
    () => ({
      indicatorCode: new Map((indicators.data ?? []).map((i) => [i.code as string, i.name as string])),
      categoryCode: new Map((categories.data ?? []).map((c) => [c.code as string, c.name as string])),
    }),
    [indicators.data, categories.data],
  );

  const columns: ColumnsType<Entry> = [
    {
      title: 'Thời gian',
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 150,
      sorter: true,
      sortOrder: oldestFirst ? 'ascend' : 'descend',
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (v?: string) => formatDateTime(v),
    },
    { title: 'Người thực hiện', dataIndex: 'username', key: 'username', width: 150, render: (v?: string) => v || '—' },
    {
      title: 'Ứng dụng',
      key: 'client',
      width: 150,
      responsive: ['md'],
      render: (_, e) => clientLabel(e.clientId, e.username),
    },
    {
      title: 'Thao tác',
      dataIndex: 'action',
      key: 'action',
      width: 100,
      render: (v?: string) => (v ? <Tag color={ACTION_COLORS[v]}>{AUDIT_ACTION_LABELS[v] ?? v}</Tag> : '—'),
    },
    {
      title: 'Dữ liệu',
      key: 'entity',
      render: (_, e) => {
        const what = describeEntry(e, names);
        return (
          <div style={{ minWidth: 160 }}>
            <div>{entityLabel(e.entity)}</div>
            {what && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {what}
              </Typography.Text>
            )}
          </div>
        );
      },
    },
    {
      title: 'Khóa',
      dataIndex: 'key',
      key: 'key',
      width: 140,
      render: (_, e) => {
        const link = entryLink(e);
        return link ? <Link to={link}>{e.key}</Link> : e.key || '—';
      },
    },
    {
      title: 'Tỉnh / xã',
      key: 'place',
      width: 150,
      responsive: ['md'],
      render: (_, e) => (
        <div>
          <div>{e.provinceCode ? nameOf(provinces.data, e.provinceCode) : '—'}</div>
          {e.communeCode && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Xã {e.communeCode}
            </Typography.Text>
          )}
        </div>
      ),
    },
  ];

  return (
    <div data-testid="audit-table">
      <Table<Entry>
        rowKey={(e) => String(e.id)}
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: screens.md ? 1000 : 640 }}
        locale={{ emptyText: 'Không có thay đổi nào khớp bộ lọc' }}
        expandable={{
          expandedRowRender: (e) => <ChangeDiff entry={e} names={names} />,
          columnTitle: (
            <span
              className="sr-only"
              style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
            >
              Chi tiết
            </span>
          ),
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const nextOldest = s?.order === 'ascend';
          if (nextOldest !== oldestFirst) onSort(nextOldest);
          else onPage((pagination.current ?? 1) - 1, pagination.pageSize ?? size);
        }}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => `Tổng ${formatNumber(total)} thay đổi`,
        }}
      />
    </div>
  );
}

/** Before → after of the fields one change touched. */
function ChangeDiff({ entry, names }: { entry: Entry; names: CodeNames }) {
  const rows = diffEntries(entry.before, entry.after, names);
  if (!rows.length) return <Typography.Text type="secondary">Không có trường nào thay đổi.</Typography.Text>;
  const created = entry.action === 'CREATE';
  const deleted = entry.action === 'DELETE';
  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      style={{ maxWidth: 900 }}
      aria-label="Các trường đã thay đổi"
      columns={[
        { title: 'Trường', dataIndex: 'label', key: 'label', width: 200 },
        ...(created
          ? []
          : [
              {
                title: 'Giá trị cũ',
                dataIndex: 'before',
                key: 'before',
                render: (v: string) => (
                  <Typography.Text delete={!created && !deleted && v !== '—'} type="secondary">
                    {v}
                  </Typography.Text>
                ),
              },
            ]),
        ...(deleted
          ? []
          : [
              {
                title: created ? 'Giá trị' : 'Giá trị mới',
                dataIndex: 'after',
                key: 'after',
                render: (v: string) => <Typography.Text strong={!created}>{v}</Typography.Text>,
              },
            ]),
      ]}
    />
  );
}
