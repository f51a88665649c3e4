import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import {
  ApartmentOutlined,
  CheckCircleOutlined,
  EnvironmentOutlined,
  SafetyCertificateOutlined,
  StarOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Schemas } from '../../../api/client';
import { formatNumber, formatPercent } from '../../../format';

type Summary = Schemas['Summary'];

interface Kpi {
  id: string;
  title: string;
  icon: React.ReactNode;
  value: (s: Summary) => number | undefined;
  hint?: string;
}

const KPIS: Kpi[] = [
  { id: 'kpi-models', title: 'Mô hình', icon: <SafetyCertificateOutlined />, value: (s) => s.modelCount },
  {
    id: 'kpi-national-models',
    title: 'Mô hình công nhận toàn quốc',
    icon: <StarOutlined />,
    value: (s) => s.nationalModelCount,
    hint: 'Được Bộ Công an công nhận và nhân rộng toàn quốc',
  },
  { id: 'kpi-points', title: 'Điểm nhân rộng', icon: <EnvironmentOutlined />, value: (s) => s.pointCount },
  {
    id: 'kpi-active-points',
    title: 'Điểm đang hoạt động',
    icon: <CheckCircleOutlined />,
    value: (s) => s.activePointCount,
  },
  { id: 'kpi-teams', title: 'Tổ', icon: <ApartmentOutlined />, value: (s) => s.teamCount },
  { id: 'kpi-members', title: 'Thành viên', icon: <UserOutlined />, value: (s) => s.memberCount },
];

function KpiCard({ kpi, summary, loading }: { kpi: Kpi; summary?: Summary; loading: boolean }) {
  const value = summary ? kpi.value(summary) : undefined;
  return (
    <Card size="small" data-testid={kpi.id} style={{ height: '100%' }}>
      <Statistic
        loading={loading}
        title={<span title={kpi.hint}>{kpi.title}</span>}
        prefix={
          <span aria-hidden style={{ color: '#b71c1c', marginRight: 4 }}>
            {kpi.icon}
          </span>
        }
        value={value ?? 0}
        formatter={() => <span data-testid={`${kpi.id}-value`}>{formatNumber(value)}</span>}
      />
    </Card>
  );
}

function CoverageCard({ summary, loading }: { summary?: Summary; loading: boolean }) {
  const covered = summary?.coveredCommuneCount;
  const communes = summary?.communeCount;
  const coverage = summary?.coverage ?? null;
  return (
    <Card size="small" data-testid="kpi-coverage" style={{ height: '100%' }}>
      <Statistic
        loading={loading}
        title="Độ phủ: xã, phường, đặc khu có điểm đang hoạt động"
        prefix={
          <span aria-hidden style={{ color: '#b71c1c', marginRight: 4 }}>
            <TeamOutlined />
          </span>
        }
        value={coverage ?? 0}
        formatter={() => (
          <span data-testid="kpi-coverage-value">
            {formatNumber(covered)}
            <Typography.Text type="secondary" style={{ fontSize: 16 }}>
              {' '}
              / {formatNumber(communes)} xã
            </Typography.Text>{' '}
            <Typography.Text strong style={{ fontSize: 18, marginLeft: 8 }}>
              ({formatPercent(coverage)})
            </Typography.Text>
          </span>
        )}
      />
      {!loading && (
        <Progress
          percent={coverage === null ? 0 : Math.round(coverage * 1000) / 10}
          showInfo={false}
          size="small"
          strokeColor="#3182bd"
          aria-label={`Độ phủ ${formatPercent(coverage)}`}
        />
      )}
    </Card>
  );
}

/** The headline figures: models, points, teams, members at the end of the period and commune coverage. */
export function KpiCards({
  summary,
  loading,
  stale = false,
}: {
  summary?: Summary;
  loading: boolean;
  stale?: boolean;
}) {
  // While another period loads, the old figures stay, dimmed, instead of the cards jumping to skeletons.
  return (
    <Row
      gutter={[16, 16]}
      data-testid="kpi-cards"
      aria-busy={stale}
      style={{ opacity: stale ? 0.55 : 1, transition: 'opacity .2s' }}
    >
      {KPIS.map((kpi) => (
        <Col key={kpi.id} xs={12} md={8} lg={6}>
          <KpiCard kpi={kpi} summary={summary} loading={loading} />
        </Col>
      ))}
      <Col xs={24} md={24} lg={12}>
        <CoverageCard summary={summary} loading={loading} />
      </Col>
    </Row>
  );
}
