import { Link } from 'react-router-dom';
import { Typography } from 'antd';
import { periodLabel, type PeriodType } from '../../../format';
import { useCompleteness, useObligations } from '../api/reportingApi';
import { coveragePeriod, coverageSentence, scopeToParams } from '../utils/reportState';

/**
 * Next to a page's figures: how many of the expected points have reported in the latest finished period of the
 * point obligation inside the page's period, so a figure is never read without knowing what it covers.
 */
export function CoverageNote({ period, provinceCode }: { period: string; provinceCode?: string }) {
  const obligations = useObligations();
  const list = obligations.data ?? [];
  const obligation = list.find((o) => o.code === 'POINT_MONTHLY') ?? list.find((o) => o.reporterLevel === 'POINT');
  const type = (obligation?.frequency ?? 'MONTH') as PeriodType;
  const shown = coveragePeriod(period, type);
  const completeness = useCompleteness(obligation?.code ?? null, { period: shown, provinceCode });
  if (!obligation || !completeness.data) return null;
  const to = `/tinh-hinh-bao-cao?${scopeToParams({
    obligation: obligation.code,
    period: shown,
    province: provinceCode ?? null,
    commune: null,
    unit: null,
  })}`;
  return (
    <Typography.Text type="secondary" data-testid="coverage-note">
      {coverageSentence(completeness.data, 'điểm')} · {periodLabel(shown)} · <Link to={to}>Tình hình báo cáo</Link>
    </Typography.Text>
  );
}
