import { stateColors, stateLabel } from '../utils/reportState';

/** A report state as the grid colours it: "Đã duyệt" on blue, "Thiếu" on red... */
export function ReportStateTag({ state }: { state: string | null | undefined }) {
  const colors = stateColors(state);
  return (
    <span
      data-testid="report-state"
      data-state={state ?? ''}
      style={{
        ...colors,
        display: 'inline-block',
        padding: '0 8px',
        borderRadius: 4,
        fontSize: 12,
        lineHeight: '22px',
        whiteSpace: 'nowrap',
      }}
    >
      {stateLabel(state)}
    </span>
  );
}
