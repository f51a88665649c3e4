import { Col, Flex, Row, Space, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useSession } from '../../../auth/SessionContext';
import { nameOf, useProvinces } from '../../../api/lookups';
import { ErrorState } from '../../../components/States';
import { formatDate, periodLabel } from '../../../format';
import { useSummary } from '../api/api';
import { KpiCards } from './KpiCards';
import { OutcomesSection } from './OutcomesSection';
import { PeriodPicker } from '../../../components/PeriodPicker';
import { LinkButton } from '../../../components/LinkButton';
import { ProvinceComparisonSection } from './ProvinceComparisonSection';
import { QuietPointsCard } from './QuietPointsCard';
import { usePeriodParam } from '../../../hooks/usePeriodParam';
import { asOfDate } from '../utils/periods';
import { PageTitle } from '../../../components/PageTitle';
import { CoverageNote } from '../../reporting';

/** A link to the signed-in officer's own province, the page they will want most often. */
function MyProvinceLink() {
  const session = useSession();
  const provinces = useProvinces();
  const code = session.unitProvinceCode;
  if (!code) return null;
  return (
    <LinkButton to={`/tinh/${code}`} icon={<EnvironmentOutlined />} data-testid="my-province">
      Tỉnh của tôi: {nameOf(provinces.data, code)}
    </LinkButton>
  );
}

/** The national picture for a period: headline figures, outcomes, the provinces compared, quiet points. */
export default function OverviewPage() {
  const [period, setPeriod] = usePeriodParam();
  const summary = useSummary(period);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="center" gap={12}>
        <div>
          <PageTitle>Tổng quan toàn quốc</PageTitle>
          <Typography.Text type="secondary" data-testid="period-caption">
            {periodLabel(period)}
            {summary.data
              ? ` · số liệu mô hình, điểm tính đến ngày ${formatDate(asOfDate(period, summary.data.asOf))}`
              : ''}
          </Typography.Text>
          <div>
            <CoverageNote period={period} />
          </div>
        </div>
        <Space wrap>
          <MyProvinceLink />
          <PeriodPicker value={period} onChange={setPeriod} />
        </Space>
      </Flex>

      {summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
      ) : (
        <KpiCards summary={summary.data} loading={summary.isPending} stale={summary.isPlaceholderData} />
      )}

      <OutcomesSection period={period} scope="toàn quốc" />

      <ProvinceComparisonSection period={period} />

      <Row>
        <Col span={24}>
          <QuietPointsCard />
        </Col>
      </Row>
    </Space>
  );
}
