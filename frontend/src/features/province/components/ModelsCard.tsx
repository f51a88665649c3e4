import { Link } from 'react-router-dom';
import { Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import type { Schemas } from '../../../api/client';
import { nameOf, useCategories } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreateModel, canEditModel } from '../../../auth/permissions';
import { columnsFor } from '../../../components/columns';
import { PagedTable } from '../../../components/PagedTable';
import type { Paging } from '../../../lib/listQuery';
import { useUrlPaging } from '../../../hooks/useListQuery';
import { RECOGNITION_LABELS } from '../../../format';
import { useModels } from '../../models';
import { SectionCard } from '../../../components/SectionCard';
import { LinkButton } from '../../../components/LinkButton';

type Model = Schemas['Model'];

const PAGING: Paging = { page: 0, size: 10, sort: 'name' };

/** The models built in the province, paged by the API; officers of the province may add one. */
export function ModelsCard({ provinceCode }: { provinceCode: string }) {
  const session = useSession();
  const categories = useCategories();
  const pager = useUrlPaging('models', PAGING);
  const [paging] = pager;
  const models = useModels({ provinceCode, ...paging });
  const col = columnsFor<Model>(paging.sort);
  const columns: ColumnsType<Model> = [
    col.sorted('Tên mô hình', 'name', {
      render: (name: string, row) => <Link to={`/mo-hinh/${encodeURIComponent(row.code ?? '')}`}>{name}</Link>,
    }),
    col.sorted('Mã', 'code', {
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {code}
        </Typography.Text>
      ),
    }),
    col.plain('Lĩnh vực', 'categoryCode', { render: (code: string) => nameOf(categories.data, code) }),
    col.plain('Cấp công nhận', 'recognitionLevel', {
      render: (level?: string) =>
        level ? <Tag color={level === 'NATIONAL' ? 'gold' : undefined}>{RECOGNITION_LABELS[level] ?? level}</Tag> : '—',
    }),
    col.status(),
  ];

  const mayAdd = canCreateModel(session) && canEditModel(session, provinceCode);
  return (
    <SectionCard
      title="Mô hình của tỉnh"
      data-testid="province-models"
      extra={
        mayAdd ? (
          <LinkButton to="/mo-hinh/moi" size="small" icon={<PlusOutlined />}>
            Thêm mô hình
          </LinkButton>
        ) : null
      }
    >
      <PagedTable<Model, typeof paging>
        rowKey="code"
        columns={columns}
        list={models}
        pager={pager}
        unit="mô hình"
        emptyText="Tỉnh chưa có mô hình nào"
        scroll={{ x: 900 }}
        showSorterTooltip={false}
      />
    </SectionCard>
  );
}
