import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import type { Schemas } from '../../api/client';
import { nameOf, useCategories } from '../../api/lookups';
import { useSession } from '../../auth/SessionContext';
import { canCreateModel, canEditModel } from '../../auth/permissions';
import { ErrorState } from '../../components/States';
import { formatNumber, RECOGNITION_LABELS, STATUS_LABELS } from '../../format';
import { useProvinceModels } from '../overview/api';
import { SectionCard } from '../overview/SectionCard';

type Model = Schemas['Model'];

const STATUS_COLORS: Record<string, string> = { ACTIVE: 'green', DORMANT: 'orange', RETIRED: 'default' };

function sortParam(sorter: SorterResult<Model> | SorterResult<Model>[]): string {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!s?.order || !s.columnKey) return 'name';
  return s.order === 'descend' ? `-${String(s.columnKey)}` : String(s.columnKey);
}

/** The models built in the province, paged by the API; officers of the province may add one. */
export function ModelsCard({ provinceCode }: { provinceCode: string }) {
  const session = useSession();
  const categories = useCategories();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(10);
  const [sort, setSort] = useState('name');
  const models = useProvinceModels(provinceCode, page, size, sort);

  const order = (key: string) => (sort === key ? 'ascend' as const : sort === `-${key}` ? 'descend' as const : null);
  const columns: ColumnsType<Model> = [
    {
      title: 'Tên mô hình',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: order('name'),
      render: (name: string, row) => <Link to={`/mo-hinh/${encodeURIComponent(row.code ?? '')}`}>{name}</Link>,
    },
    { title: 'Mã', dataIndex: 'code', key: 'code', sorter: true, sortOrder: order('code'), render: (code: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{code}</Typography.Text> },
    { title: 'Lĩnh vực', dataIndex: 'categoryCode', key: 'categoryCode', render: (code: string) => nameOf(categories.data, code) },
    {
      title: 'Cấp công nhận',
      dataIndex: 'recognitionLevel',
      key: 'recognitionLevel',
      render: (level?: string) => (level ? (
        <Tag color={level === 'NATIONAL' ? 'gold' : undefined}>{RECOGNITION_LABELS[level] ?? level}</Tag>
      ) : '—'),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      key: 'status',
      render: (status?: string) => (status ? <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status] ?? status}</Tag> : '—'),
    },
  ];

  const mayAdd = canCreateModel(session) && canEditModel(session, provinceCode);
  return (
    <SectionCard
      title="Mô hình của tỉnh"
      data-testid="province-models"
      extra={mayAdd ? <Link to="/mo-hinh/moi"><Button size="small" icon={<PlusOutlined />}>Thêm mô hình</Button></Link> : null}
    >
      {models.isError ? <ErrorState error={models.error} onRetry={() => models.refetch()} /> : (
        <Table<Model>
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={models.data?.items ?? []}
          loading={models.isPending || models.isPlaceholderData}
          scroll={{ x: 900 }}
          showSorterTooltip={false}
          locale={{ emptyText: 'Tỉnh chưa có mô hình nào' }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              setSort(sortParam(sorter));
              setPage(0);
              return;
            }
            const nextSize = pagination.pageSize ?? size;
            setPage(nextSize !== size ? 0 : (pagination.current ?? 1) - 1);
            setSize(nextSize);
          }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: models.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `${formatNumber(total)} mô hình`,
          }}
        />
      )}
    </SectionCard>
  );
}
