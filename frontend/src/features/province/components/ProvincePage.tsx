import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Col, Flex, Row, Space, Typography } from 'antd';
import { useProvinces } from '../../../api/lookups';
import { ErrorState, Loading, NotFound } from '../../../components/States';
import { formatDate, formatNumber, periodLabel } from '../../../format';
import { useSummary, KpiCards, OutcomesSection, QuietPointsCard, asOfDate } from '../../overview';
import { PeriodPicker } from '../../../components/PeriodPicker';
import { usePeriodParam } from '../../../hooks/usePeriodParam';
import { CommunesCard } from './CommunesCard';
import { ModelsCard } from './ModelsCard';
import { PageTitle } from '../../../components/PageTitle';
import { CoverageNote } from '../../reporting';

/** One province: its figures for a period, outcomes, communes, models and quiet points. */
export default function ProvincePage() {
  const { code = '' } = useParams();
  const [period, setPeriod] = usePeriodParam();
  // The province list is already cached by the other pages: an unknown code is known without asking the API.
  const provinces = useProvinces();
  const p = provinces.data?.find((item) => item.code === code);
  const summary = useSummary(period, code, !!p);

  if (provinces.isPending) return <Loading rows={8} />;
  if (provinces.isError) return <ErrorState error={provinces.error} onRetry={() => provinces.refetch()} />;
  if (!p) return <NotFound what={`Tỉnh, thành phố mã "${code}"`} />;
  const facts = [
    p.population ? `Dân số ${formatNumber(p.population)} người` : null,
    p.areaKm2 ? `diện tích ${formatNumber(p.areaKm2)} km²` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/">Tổng quan</Link> },
          { title: <Link to="/tinh">Tỉnh, thành phố</Link> },
          { title: p.name },
        ]}
      />
      <Flex wrap justify="space-between" align="center" gap={12}>
        <div>
          <PageTitle testId="province-title">{p.fullName ?? p.name}</PageTitle>
          <Typography.Text type="secondary">
            Mã {p.code}
            {facts ? ` · ${facts}` : ''} · {periodLabel(period)}
            {summary.data ? ` · tính đến ngày ${formatDate(asOfDate(period, summary.data.asOf))}` : ''}
          </Typography.Text>
          <div>
            <CoverageNote period={period} provinceCode={code} />
          </div>
        </div>
        <PeriodPicker value={period} onChange={setPeriod} />
      </Flex>

      {summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
      ) : (
        <KpiCards summary={summary.data} loading={summary.isPending} stale={summary.isPlaceholderData} />
      )}

      <OutcomesSection period={period} provinceCode={code} scope={p.fullName ?? p.name ?? code} />

      <Row gutter={[16, 16]}>
        <Col span={24}>
          <CommunesCard key={`c${code}`} provinceCode={code} period={period} />
        </Col>
        <Col span={24}>
          <ModelsCard key={`m${code}`} provinceCode={code} />
        </Col>
        <Col span={24}>
          <QuietPointsCard key={`q${code}`} provinceCode={code} />
        </Col>
      </Row>
    </Space>
  );
}
