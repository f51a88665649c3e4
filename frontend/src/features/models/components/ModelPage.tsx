import { Breadcrumb, Button, Card, Col, Row, Space, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint, canEditModel } from '../../../auth/permissions';
import { ErrorState, Loading, NotFound } from '../../../components/States';
import { useModel } from '../api/modelApi';
import { isNotFound } from '../../../lib/formErrors';
import { StatusTag } from '../../../components/StatusTag';
import { ModelDetails } from './ModelDetails';
import { ModelKpis } from './ModelKpis';
import { ModelHistory } from './ModelHistory';
import { ModelOutcomes } from './ModelOutcomes';
import { ModelPointsMap, ModelPointsTable } from './ModelPoints';
import { RetireModelButton } from './RetireModelButton';
import { PageTitle } from '../../../components/PageTitle';

/** One model: what it is, its figures, its results over time, its points and its status history. */
export default function ModelPage() {
  const { code = '' } = useParams();
  const session = useSession();
  const query = useModel(code);

  if (query.isPending) return <Loading rows={10} />;
  if (query.isError) {
    return isNotFound(query.error) ? (
      <NotFound what={`Mô hình “${code}”`} />
    ) : (
      <ErrorState error={query.error} onRetry={() => query.refetch()} />
    );
  }
  const { data: model, etag } = query.data;
  const editable = canEditModel(session, model.provinceCode);
  const path = `/mo-hinh/${encodeURIComponent(code)}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="model-page">
      <Breadcrumb items={[{ title: <Link to="/mo-hinh">Mô hình</Link> }, { title: model.code }]} />
      <Row justify="space-between" align="top" gutter={[8, 8]}>
        <Col flex="1 1 320px">
          <PageTitle>{model.name}</PageTitle>
          <Space size="small" wrap>
            <Typography.Text type="secondary">Mã {model.code}</Typography.Text>
            <StatusTag status={model.status} />
          </Space>
        </Col>
        <Col>
          <Space wrap>
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
          </Space>
        </Col>
      </Row>

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
