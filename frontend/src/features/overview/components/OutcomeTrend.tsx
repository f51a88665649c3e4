import { useMemo } from 'react';
import { Grid, Select, Space, Typography } from 'antd';
import { Chart } from '../../../components/Chart';
import { EmptyState } from '../../../components/States';
import { formatNumber, formatValue, periodLabel } from '../../../format';
import { trendSeries, type IndicatorInfo, type TotalRow } from '../utils/outcomes';

/** One indicator over the last periods, as bars. */
export function OutcomeTrend({
  totals,
  periods,
  indicators,
  available,
  indicator,
  onIndicator,
  scope,
}: {
  totals: TotalRow[];
  periods: string[];
  indicators: IndicatorInfo[];
  /** Indicators with data in these periods, offered first. */
  available: string[];
  indicator: string | undefined;
  onIndicator: (code: string) => void;
  /** "toàn quốc" or the province's name, for the screen reader label. */
  scope: string;
}) {
  const narrow = Grid.useBreakpoint().xs === true;
  const info = indicators.find((i) => i.code === indicator);
  const unit = info?.unit ?? '';
  const options = useMemo(
    () =>
      available.map((code) => ({
        value: code,
        label: indicators.find((i) => i.code === code)?.name ?? code,
      })),
    [available, indicators],
  );

  const option = useMemo(() => {
    const values = indicator ? trendSeries(totals, indicator, periods) : [];
    const labels = periods.map(periodLabel);
    const longest = Math.max(...labels.map((l) => l.length));
    const slant = narrow ? periods.length > 3 : periods.length * longest > 60;
    return {
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { name: string; value: number }[]) => {
          const p = params[0];
          return p ? `${p.name}<br/><strong>${formatValue(p.value, unit)}</strong>` : '';
        },
      },
      xAxis: {
        type: 'category',
        data: labels,
        // Long labels ("6 tháng cuối năm 2021") or many of them would overlap side by side: slant them.
        axisLabel: { interval: 0, rotate: slant ? 30 : 0, fontSize: 11 },
      },
      yAxis: {
        type: 'value',
        name: unit,
        minInterval: info?.fractional ? 0 : 1,
        axisLabel: { formatter: (v: number) => formatNumber(v) },
      },
      series: [
        {
          type: 'bar',
          name: info?.name ?? '',
          data: values,
          itemStyle: { color: '#b71c1c', borderRadius: [3, 3, 0, 0] },
          barMaxWidth: 42,
          label: {
            show: periods.length <= (narrow ? 6 : 8),
            position: 'top',
            fontSize: 11,
            formatter: (p: { value: number }) => (p.value ? formatNumber(p.value) : ''),
          },
        },
      ],
    };
  }, [totals, periods, indicator, info, unit, narrow]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      <Select<string>
        aria-label="Chỉ tiêu hiển thị trên biểu đồ"
        data-testid="trend-indicator"
        value={indicator}
        options={options}
        onChange={onIndicator}
        placeholder="Chọn chỉ tiêu"
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        notFoundContent="Không có chỉ tiêu nào có số liệu"
      />
      {indicator ? (
        <>
          <Chart
            option={option}
            height={300}
            label={`Biểu đồ cột: ${info?.name ?? indicator} ${scope}, ${periodLabel(periods[0])} đến ${periodLabel(periods[periods.length - 1])}`}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Đơn vị: {unit || '—'}
          </Typography.Text>
        </>
      ) : (
        <EmptyState text="Chưa có kết quả nào trong các kỳ này" />
      )}
    </Space>
  );
}
