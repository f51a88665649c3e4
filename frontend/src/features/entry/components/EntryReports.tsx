import { Alert, Space } from 'antd';
import { ReportStatusCard, useObligations } from '../../reporting';
import type { UnitSelection } from '../utils/entryGrid';
import { reportsOf, reportUnit } from '../utils/entryReport';

/**
 * Above the grid: the report(s) these values belong to, with their state, the lock when approved, and "Nộp báo
 * cáo" when the signed-in user may submit; an entry of another period type belongs to no report.
 */
export function EntryReports({ selection, period }: { selection: UnitSelection; period: string }) {
  const obligations = useObligations();
  const unit = reportUnit(selection);
  const reports = reportsOf(obligations.data ?? [], selection, period);
  if (!unit || !reports.length) return null;
  return (
    <Alert
      type="info"
      data-testid="entry-reports"
      style={{ marginBottom: 12 }}
      title={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {reports.map((o) => (
            <ReportStatusCard
              key={`${o.code}-${period}-${unit}`}
              obligation={o.code}
              period={period}
              unit={unit}
              compact
            />
          ))}
        </Space>
      }
    />
  );
}
