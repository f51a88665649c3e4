import { useState } from 'react';
import { Col, Row, Segmented } from 'antd';
import { ErrorState, Loading } from '../../../components/States';
import { periodLabel } from '../../../format';
import { useProvinceComparison } from '../api/api';
import { MEASURE_LABELS, ProvinceBarChart, type ProvinceMeasure } from './ProvinceBarChart';
import { ProvinceTable } from './ProvinceTable';
import { ProvinceTileMap } from './ProvinceTileMap';
import { SectionCard } from '../../../components/SectionCard';

const MEASURES = (Object.keys(MEASURE_LABELS) as ProvinceMeasure[]).map((m) => ({
  value: m,
  label: MEASURE_LABELS[m],
}));

/** The 34 provinces compared: a ranking chart, a tile map of coverage and a sortable table. */
export function ProvinceComparisonSection({ period }: { period: string }) {
  const comparison = useProvinceComparison(period);
  const [measure, setMeasure] = useState<ProvinceMeasure>('coverage');

  if (comparison.isError) {
    return (
      <SectionCard title="So sánh 34 tỉnh, thành phố">
        <ErrorState error={comparison.error} onRetry={() => comparison.refetch()} />
      </SectionCard>
    );
  }
  const rows = comparison.data?.items ?? [];
  const loading = comparison.isPending;
  return (
    <Row gutter={[16, 16]} data-testid="province-comparison">
      <Col xs={24} lg={14}>
        <SectionCard
          title="So sánh 34 tỉnh, thành phố"
          extra={
            <Segmented<ProvinceMeasure>
              size="small"
              value={measure}
              options={MEASURES}
              onChange={setMeasure}
              aria-label="Chỉ số so sánh"
            />
          }
          style={{ height: '100%' }}
        >
          {loading ? (
            <Loading rows={10} />
          ) : (
            <ProvinceBarChart rows={rows} measure={measure} periodText={periodLabel(period)} />
          )}
        </SectionCard>
      </Col>
      <Col xs={24} lg={10}>
        <SectionCard title="Bản đồ độ phủ xã" style={{ height: '100%' }}>
          {loading ? <Loading rows={10} /> : <ProvinceTileMap rows={rows} />}
        </SectionCard>
      </Col>
      <Col span={24}>
        <SectionCard title={`Số liệu các tỉnh, thành phố — ${periodLabel(period)}`}>
          <ProvinceTable rows={rows} loading={loading || comparison.isPlaceholderData} />
        </SectionCard>
      </Col>
    </Row>
  );
}
