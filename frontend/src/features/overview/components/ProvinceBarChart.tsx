import { useMemo } from 'react';
import { Chart } from '../../../components/Chart';
import { formatNumber, formatPercent } from '../../../format';
import type { ProvinceRow } from '../api/api';

export type ProvinceMeasure = 'coverage' | 'pointCount';

export const MEASURE_LABELS: Record<ProvinceMeasure, string> = {
  coverage: 'Độ phủ xã',
  pointCount: 'Điểm nhân rộng',
};

/** The provinces ranked by one measure, as horizontal bars (34 names read better down than across). */
export function ProvinceBarChart({
  rows,
  measure,
  periodText,
}: {
  rows: ProvinceRow[];
  measure: ProvinceMeasure;
  periodText: string;
}) {
  const option = useMemo(() => {
    // ECharts draws the first category at the bottom: ascending order puts the largest on top.
    // Ties go in reverse alphabetical order here so that they read alphabetically from the top.
    const sorted = [...rows].sort(
      (a, b) => Number(a[measure] ?? 0) - Number(b[measure] ?? 0) || b.provinceName.localeCompare(a.provinceName, 'vi'),
    );
    const format = (v: number) => (measure === 'coverage' ? formatPercent(v) : formatNumber(v));
    return {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const row = sorted[params[0]?.dataIndex ?? -1];
          if (!row) return '';
          return (
            `<strong>${row.provinceName}</strong><br/>` +
            `Độ phủ: ${formatPercent(row.coverage)} (${formatNumber(row.coveredCommuneCount)}/${formatNumber(row.communeCount)} xã)<br/>` +
            `Điểm nhân rộng: ${formatNumber(row.pointCount)}<br/>` +
            `Mô hình: ${formatNumber(row.modelCount)}`
          );
        },
      },
      xAxis: {
        type: 'value',
        // Coverage is low almost everywhere early on: a fixed 100% axis would flatten every bar.
        max:
          measure === 'coverage'
            ? (extent: { max: number }) => Math.min(1, Math.ceil(extent.max * 10 + 0.0001) / 10)
            : undefined,
        minInterval: measure === 'coverage' ? 0 : 1,
        axisLabel: { formatter: (v: number) => format(v), fontSize: 11 },
      },
      yAxis: {
        type: 'category',
        data: sorted.map((r) => r.provinceName),
        axisLabel: { interval: 0, fontSize: 11 },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          name: MEASURE_LABELS[measure],
          data: sorted.map((r) => r[measure] ?? 0),
          itemStyle: { color: measure === 'coverage' ? '#3182bd' : '#b71c1c', borderRadius: [0, 3, 3, 0] },
          barMaxWidth: 14,
          label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value: number }) => format(p.value) },
        },
      ],
    };
  }, [rows, measure]);

  return (
    <div data-testid="province-bar-chart">
      <Chart
        option={option}
        height={Math.max(320, rows.length * 18 + 40)}
        label={`Biểu đồ cột: ${MEASURE_LABELS[measure]} của ${rows.length} tỉnh, thành phố, ${periodText}`}
      />
    </div>
  );
}
