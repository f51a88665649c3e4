import { Button, Card, Col, Row, Space } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint, canEditModel } from '../../../auth/permissions';
import { recordFallback, RecordHeader } from '../../../components/RecordPage';
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
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="model-page">
      <RecordHeader
        list={{ to: '/mo-hinh', label: 'Mô hình' }}
        crumb={model.code}
        title={model.name}
        subtitle={`Mã ${model.code}`}
        status={model.status}
        actions={
          <>
            {canCreatePoint(session) && model.status !== 'RETIRED' && (
              <Link to={`/diem/moi?modelCode=${encodeURIComponent(code)}`}>
                <Button icon={<PlusOutlined />}>Thêm điểm</Button>
              </Link>
            )}
            {editable && (
              <Link to={`${path}/sua`}>
                <Button type="primary" icon={<EditOutlined />} data-testid="model-edit">
                  Sửa
                </Button>
              </Link>
            )}
            {editable && model.status !== 'RETIRED' && <RetireModelButton model={model} etag={etag} />}
          </>
        }
      />

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="Thông tin mô hình" size="small">
            <ModelDetails model={model} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="Số liệu hiện tại" size="small">
            <ModelKpis code={code} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title="Kết quả theo kỳ" size="small">
            <ModelOutcomes code={code} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title="Điểm nhân rộng" size="small">
            <ModelPointsTable code={code} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="Vị trí các điểm" size="small">
            <ModelPointsMap code={code} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="Lịch sử trạng thái" size="small">
            <ModelHistory code={code} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
