import { Link } from 'react-router-dom';
import { Button, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import type { Schemas } from '../../../api/client';
import { nameOf, useCategories } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreateModel, canEditModel } from '../../../auth/permissions';
import { ErrorState } from '../../../components/States';
import { PagedTable } from '../../../components/PagedTable';
import { sortOrderOf, type Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { RECOGNITION_LABELS, STATUS_LABELS } from '../../../format';
import { useProvinceModels } from '../../overview';
import { SectionCard } from '../../../components/SectionCard';

type Model = Schemas['Model'];

const STATUS_COLORS: Record<string, string> = { ACTIVE: 'green', DORMANT: 'orange', RETIRED: 'default' };

const PAGING: Paging = { page: 0, size: 10, sort: 'name' };

/** The models built in the province, paged by the API; officers of the province may add one. */
export function ModelsCard({ provinceCode }: { provinceCode: string }) {
  const session = useSession();
  const categories = useCategories();
  const [paging, setPaging] = useUrlPaging('models', PAGING);
  const models = useProvinceModels(provinceCode, paging.page, paging.size, paging.sort ?? 'name');
  const order = (key: string) => sortOrderOf(paging.sort, key);
  const columns: ColumnsType<Model> = [
    {
      title: 'Tên mô hình',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: order('name'),
      render: (name: string, row) => <Link to={`/mo-hinh/${encodeURIComponent(row.code ?? '')}`}>{name}</Link>,
    },
    {
      title: 'Mã',
      dataIndex: 'code',
      key: 'code',
      sorter: true,
      sortOrder: order('code'),
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      title: 'Lĩnh vực',
      dataIndex: 'categoryCode',
      key: 'categoryCode',
      render: (code: string) => nameOf(categories.data, code),
    },
    {
      title: 'Cấp công nhận',
      dataIndex: 'recognitionLevel',
      key: 'recognitionLevel',
      render: (level?: string) =>
        level ? <Tag color={level === 'NATIONAL' ? 'gold' : undefined}>{RECOGNITION_LABELS[level] ?? level}</Tag> : '—',
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      key: 'status',
      render: (status?: string) =>
        status ? <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status] ?? status}</Tag> : '—',
    },
  ];

  const mayAdd = canCreateModel(session) && canEditModel(session, provinceCode);
  return (
    <SectionCard
      title="Mô hình của tỉnh"
      data-testid="province-models"
      extra={
        mayAdd ? (
          <Link to="/mo-hinh/moi">
            <Button size="small" icon={<PlusOutlined />}>
              Thêm mô hình
            </Button>
          </Link>
        ) : null
      }
    >
      {models.isError ? (
        <ErrorState error={models.error} onRetry={() => models.refetch()} />
      ) : (
        <PagedTable<Model, Paging>
          size="small"
          rowKey="code"
          columns={columns}
          list={models}
          paging={paging}
          onPaging={setPaging}
          unit="mô hình"
          emptyText="Tỉnh chưa có mô hình nào"
          scroll={{ x: 900 }}
          showSorterTooltip={false}
        />
      )}
    </SectionCard>
  );
}
