import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EmptyState, ErrorState } from '../../../components/States';
import { periodLabel } from '../../../format';
import { formatRate, LEGEND, rate, stateColors, stateLabel } from '../utils/reportState';
import { useReportingGrid, type GridCell, type GridRow } from '../api/reportingApi';
import { ReportStateTag } from './ReportStateTag';

/**
 * Units × the last six periods up to the chosen one. Unit rows (the obligation's reporting units) show each cell's
 * state, coloured, and open that report; group rows (provinces, communes) show reported/expected and the rate,
 * and their name drills down.
 */
export function ReportingGridTable({
  obligation,
  period,
  provinceCode,
  communeCode,
  onDrill,
  onUnit,
}: {
  obligation: string;
  period: string;
  provinceCode: string | null;
  communeCode: string | null;
  onDrill: (row: GridRow) => void;
  onUnit: (row: GridRow, period: string) => void;
}) {
  const grid = useReportingGrid(obligation, {
    provinceCode: provinceCode ?? undefined,
    communeCode: communeCode ?? undefined,
    until: period,
    periods: 6,
  });
  if (grid.isError) return <ErrorState error={grid.error} onRetry={() => grid.refetch()} />;
  const periods = grid.data?.periods ?? [];
  const cellOf = (row: GridRow, i: number): GridCell | undefined => row.cells?.[i];
  const columns: ColumnsType<GridRow> = [
    {
      title: 'Đơn vị',
      key: 'name',
      fixed: 'left',
      render: (_, row) =>
        row.unit ? (
          <span>{row.name ?? row.code}</span>
        ) : (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            data-testid={`drill-${row.code}`}
            onClick={() => onDrill(row)}
          >
            {row.name ?? row.code}
          </Button>
        ),
    },
    ...periods.map((p, i) => ({
      title: periodLabel(p),
      key: p,
      align: 'center' as const,
      render: (_: unknown, row: GridRow) => {
        const cell = cellOf(row, i);
        if (!cell) return null;
        if (row.unit) {
          return (
            <button
              type="button"
              data-testid={`grid-cell-${row.code}-${p}`}
              aria-label={`${row.name ?? row.code}, ${periodLabel(p)}: ${stateLabel(cell.state)}`}
              onClick={() => onUnit(row, p)}
              style={{ border: 0, background: 'none', padding: 0, cursor: 'pointer' }}
            >
              <ReportStateTag state={cell.state} />
            </button>
          );
        }
        const share = rate(cell.reported, cell.expected);
        return (
          <span data-testid={`grid-rate-${row.code}-${p}`} style={{ whiteSpace: 'nowrap' }}>
            {(cell.reported ?? 0).toLocaleString('vi-VN')}/{(cell.expected ?? 0).toLocaleString('vi-VN')}
            <Typography.Text type="secondary"> · {formatRate(share)}</Typography.Text>
            {cell.approved ? <Typography.Text type="secondary"> · {cell.approved} duyệt</Typography.Text> : null}
          </span>
        );
      },
    })),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div data-testid="reporting-grid">
        <Table<GridRow>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={grid.data?.rows ?? []}
          loading={grid.isFetching}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: grid.isPending ? ' ' : <EmptyState text="Không có đơn vị nào" /> }}
        />
      </div>
      <Space wrap size="small" aria-label="Chú giải màu">
        {LEGEND.map((s) => (
          <span key={s} style={{ ...stateColors(s), padding: '0 8px', borderRadius: 4, fontSize: 12 }}>
            {stateLabel(s)}
          </span>
        ))}
      </Space>
    </Space>
  );
}
