import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint, canEditModel } from '../../../auth/permissions';
import { recordFallback, RecordPage, RecordPanel } from '../../../components/RecordPage';
import { LinkButton } from '../../../components/LinkButton';
import { useModel } from '../api/modelApi';
import { ModelDetails } from './ModelDetails';
import { ModelKpis } from './ModelKpis';
import { ModelHistory } from './ModelHistory';
import { ModelOutcomes } from './ModelOutcomes';
import { ModelPointsMap, ModelPointsTable } from './ModelPoints';
import { RetireModelButton } from './RetireModelButton';

/** One model: what it is, its figures, its results over time, its points and its status history. */
export default function ModelPage() {
  const { code = '' } = useParams();
  const session = useSession();
  const query = useModel(code);

  if (query.isPending || query.isError) return recordFallback(query, `Mô hình “${code}”`);
  const { data: model, etag } = query.data;
  const editable = canEditModel(session, model.provinceCode);
  const path = `/mo-hinh/${encodeURIComponent(code)}`;

  return (
    <RecordPage
      testId="model-page"
      list={{ to: '/mo-hinh', label: 'Mô hình' }}
      crumb={model.code}
      title={model.name}
      subtitle={`Mã ${model.code}`}
      status={model.status}
      actions={
        <>
          {canCreatePoint(session) && model.status !== 'RETIRED' && (
            <LinkButton to={`/diem/moi?modelCode=${encodeURIComponent(code)}`} icon={<PlusOutlined />}>
              Thêm điểm
            </LinkButton>
          )}
          {editable && (
            <LinkButton to={`${path}/sua`} type="primary" icon={<EditOutlined />} data-testid="model-edit">
              Sửa
            </LinkButton>
          )}
          {editable && model.status !== 'RETIRED' && <RetireModelButton model={model} etag={etag} />}
        </>
      }
    >
      <RecordPanel xl={14} title="Thông tin mô hình">
        <ModelDetails model={model} />
      </RecordPanel>
      <RecordPanel xl={10} title="Số liệu hiện tại">
        <ModelKpis code={code} />
      </RecordPanel>
      <RecordPanel title="Kết quả theo kỳ">
        <ModelOutcomes code={code} />
      </RecordPanel>
      <RecordPanel title="Điểm nhân rộng">
        <ModelPointsTable code={code} />
      </RecordPanel>
      <RecordPanel xl={12} title="Vị trí các điểm">
        <ModelPointsMap code={code} />
      </RecordPanel>
      <RecordPanel xl={12} title="Lịch sử trạng thái">
        <ModelHistory code={code} />
      </RecordPanel>
    </RecordPage>
  );
}
