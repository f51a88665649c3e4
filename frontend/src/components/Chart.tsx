import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';

// ECharts is the largest library here: it loads beside the page's data, so figures and tables show before it arrives.
const EChart = lazy(() => import('./EChart'));

/** A chart (Apache ECharts) of the given height; a placeholder of the same size holds its place while ECharts loads. */
export function Chart(props: { option: EChartsCoreOption; height?: number; label: string }) {
  const height = props.height ?? 320;
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} aria-label={props.label} />}>
      <EChart {...props} />
    </Suspense>
  );
}
