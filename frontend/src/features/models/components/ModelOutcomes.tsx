import { useMemo, useState } from 'react';
import { Col, Row, Segmented, Select, Space, Typography } from 'antd';
import { useIndicators } from '../../../api/lookups';
import { formatNumber, formatValue, periodLabel, PERIOD_TYPE_LABELS, type PeriodType } from '../../../format';
import { Chart } from '../../../components/Chart';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useModelOutcomes } from '../api/modelApi';
import {
  alignValues,
  chartPeriods,
  defaultPeriodType,
  indicatorsWithValues,
  dataSpan,
  type MonthSpan,
} from '../utils/outcomeSeries';
import { filterByLabel } from '../../../lib/text';
import { PERIOD_TYPES } from '../../../lib/periods';

/**
 * The model's results over time for one indicator. First every stored value grouped by indicator and period
 * tells which indicators have data and over which years; then the chosen indicator is summed per period of
 * the chosen type, so months roll up into quarters and years exactly as the API counts them.
 */
export function ModelOutcomes({ code }: { code: string }) {
  const indicators = useIndicators();
  const params = { modelCode: code, groupBy: 'indicatorCode,period' };
  const stored = useModelOutcomes(code, params);

  const choices = useMemo(
    () => indicatorsWithValues(indicators.data ?? [], stored.data?.items ?? []),
    [indicators.data, stored.data],
  );
  const [picked, setPicked] = useState<string>();
  const indicatorCode = picked ?? choices[0]?.code;
  const span = useMemo(
    () => dataSpan((stored.data?.items ?? []).filter((i) => i.indicatorCode === indicatorCode)),
    [stored.data, indicatorCode],
  );

  if (stored.isPending || indicators.isPending) return <Loading rows={5} />;
  if (stored.isError) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;
  if (!choices.length || !indicatorCode || !span) return <EmptyState text="Mô hình chưa có kết quả nào được báo cáo" />;

  const indicator = choices.find((c) => c.code === indicatorCode);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Row gutter={[8, 8]} align="middle">
        <Col xs={24} md={14}>
          <Select
            style={{ width: '100%' }}
            value={indicatorCode}
            onChange={setPicked}
            aria-label="Chỉ tiêu"
            showSearch={{ filterOption: filterByLabel }}
            options={choices.map((c) => ({ value: c.code!, label: c.name ?? c.code! }))}
            data-testid="model-outcome-indicator"
          />
        </Col>
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">
            Tổng mọi kỳ: {formatValue(indicator?.total, indicator?.unit)}
          </Typography.Text>
        </Col>
      </Row>
      <IndicatorChart
        key={`${indicatorCode}-${span.start}-${span.end}`}
        code={code}
        indicatorCode={indicatorCode}
        name={indicator?.name ?? indicatorCode}
        unit={indicator?.unit ?? undefined}
        span={span}
      />
    </Space>
  );
}

function IndicatorChart({
  code,
  indicatorCode,
  name,
  unit,
  span,
}: {
  code: string;
  indicatorCode: string;
  name: string;
  unit?: string;
  span: MonthSpan;
}) {
  const [type, setType] = useState<PeriodType>(() => defaultPeriodType(span));
  const periods = useMemo(() => chartPeriods(type, span), [type, span]);
  const params = { modelCode: code, indicatorCode, groupBy: 'period', period: periods.join(',') };
  const totals = useModelOutcomes(code, params);

  const option = useMemo(() => {
    const values = alignValues(periods, totals.data?.items ?? []);
    return {
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatValue(v, unit) },
      xAxis: { type: 'category', data: periods.map(periodLabel), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [{ type: 'bar', name, data: values, itemStyle: { color: '#b71c1c' } }],
    };
  }, [periods, totals.data, unit, name]);

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Segmented<PeriodType>
        value={type}
        onChange={setType}
        options={PERIOD_TYPES.map((t) => ({ value: t, label: PERIOD_TYPE_LABELS[t] }))}
        aria-label="Kỳ báo cáo"
      />
      {totals.isPending ? (
        <Loading rows={5} />
      ) : totals.isError ? (
        <ErrorState error={totals.error} onRetry={() => totals.refetch()} />
      ) : (
        <Chart
          option={option}
          height={300}
          label={`Biểu đồ cột: ${name} theo ${PERIOD_TYPE_LABELS[type].toLowerCase()}`}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Giá trị báo cáo cho kỳ dài (năm, 6 tháng) chỉ được tính vào kỳ đó, không chia nhỏ cho tháng, quý.
        {periods.length >= 60 ? ' Hiển thị 60 kỳ gần nhất.' : ''}
      </Typography.Text>
    </Space>
  );
}
