import { useEffect, useMemo, useState } from 'react';
import { Segmented, Space, Typography } from 'antd';
import { Chart } from '../../../components/Chart';
import { boundsAround, degreeLabel, escapeHtml, fitBox, union, VIETNAM, type Bounds } from '../utils/mapGeometry';

export interface MapPoint {
  id: number | string;
  latitude: number;
  longitude: number;
  /** The place's name: the tooltip's first line. */
  name: string;
  /** A second line (commune, model...). */
  detail?: string;
}

type View = 'points' | 'country';

/** Where points are, as dots on a longitude/latitude grid: no tiles, so it works offline. */
export function PointsMap({
  points,
  height = 360,
  label,
  initialView = 'points',
}: {
  points: MapPoint[];
  height?: number;
  label: string;
  initialView?: View;
}) {
  const [view, setView] = useState<View>(initialView);
  const width = useWidth();
  const bounds = useMemo(
    () => (view === 'points' ? boundsAround(points) : union(VIETNAM, boundsAround(points, 0, 0))),
    [points, view],
  );
  const option = useMemo(
    () => mapOption(points, bounds, width.value, height, view === 'country'),
    [points, bounds, width.value, height, view],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      <Segmented<View>
        size="small"
        value={view}
        onChange={setView}
        options={[
          { value: 'points', label: 'Vùng có điểm' },
          { value: 'country', label: 'Cả nước' },
        ]}
        aria-label="Phạm vi bản đồ"
      />
      <div ref={width.ref}>{width.value > 0 && <Chart option={option} height={height} label={label} />}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Sơ đồ theo kinh độ, vĩ độ (không có nền bản đồ); di chuột hoặc chạm vào điểm để xem tên.
      </Typography.Text>
    </Space>
  );
}

/** A few cities drawn faintly on the country view, so a lone dot can be placed in one's mind. */
const LANDMARKS: [number, number, string][] = [
  [105.85, 21.03, 'Hà Nội'],
  [108.21, 16.05, 'Đà Nẵng'],
  [106.7, 10.78, 'TP Hồ Chí Minh'],
];

const MARGIN = { top: 16, bottom: 36, left: 56, right: 16 };

function mapOption(points: MapPoint[], b: Bounds, width: number, height: number, landmarks: boolean) {
  const fitted = fitBox(width - MARGIN.left - MARGIN.right, height - MARGIN.top - MARGIN.bottom, b);
  return {
    animation: false,
    grid: {
      left: MARGIN.left + Math.max(0, (width - MARGIN.left - MARGIN.right - fitted.width) / 2),
      top: MARGIN.top,
      width: fitted.width,
      height: fitted.height,
    },
    xAxis: {
      type: 'value',
      min: b.minLon,
      max: b.maxLon,
      name: '',
      splitLine: { lineStyle: { color: '#eee' } },
      axisLabel: {
        formatter: (v: number) => degreeLabel(v, 'lon'),
        hideOverlap: true,
        showMinLabel: false,
        showMaxLabel: false,
      },
    },
    yAxis: {
      type: 'value',
      min: b.minLat,
      max: b.maxLat,
      splitLine: { lineStyle: { color: '#eee' } },
      axisLabel: { formatter: (v: number) => degreeLabel(v, 'lat'), showMinLabel: false, showMaxLabel: false },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: [number, number, string, string] }) =>
        `<strong>${escapeHtml(p.data[2])}</strong>${p.data[3] ? `<br/>${escapeHtml(p.data[3])}` : ''}`,
    },
    series: [
      ...(landmarks
        ? [
            {
              type: 'scatter',
              silent: true,
              symbol: 'diamond',
              symbolSize: 7,
              itemStyle: { color: '#999' },
              label: {
                show: true,
                position: 'right',
                formatter: (p: { data: unknown[] }) => String(p.data[2]),
                color: '#888',
                fontSize: 11,
              },
              data: LANDMARKS,
              z: 1,
            },
          ]
        : []),
      {
        type: 'scatter',
        z: 2,
        symbolSize: points.length > 200 ? 6 : 10,
        itemStyle: { color: '#b71c1c', opacity: 0.8, borderColor: '#fff', borderWidth: 1 },
        data: points.map((p) => [p.longitude, p.latitude, p.name, p.detail ?? '']),
      },
    ],
  };
}

/** The width of an element, kept current as the layout changes. */
function useWidth() {
  const [value, setValue] = useState(0);
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!node) return;
    setValue(node.clientWidth);
    const observer = new ResizeObserver(() => setValue(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return { value, ref: setNode };
}
