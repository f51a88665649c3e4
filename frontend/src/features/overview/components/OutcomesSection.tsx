import { useMemo, useState } from 'react';
import { Col, Row } from 'antd';
import { useIndicators } from '../../../api/lookups';
import { ErrorState } from '../../../components/States';
import { periodLabel, previousPeriod } from '../../../format';
import { useOutcomeTotals } from '../api/api';
import { OutcomeComparison } from './OutcomeComparison';
import { OutcomeTrend } from './OutcomeTrend';
import { compareOutcomes, indicatorsWithData } from '../utils/outcomes';
import { trendPeriods } from '../utils/periods';
import { SectionCard } from '../../../components/SectionCard';

/** Outcome totals: the period against the previous one, and one indicator over time (one request for both). */
export function OutcomesSection({
  period,
  provinceCode,
  scope,
}: {
  period: string;
  provinceCode?: string;
  scope: string;
}) {
  const periods = useMemo(() => trendPeriods(period), [period]);
  const previous = previousPeriod(period);
  const totals = useOutcomeTotals(periods, provinceCode);
  const indicators = useIndicators();
  const [chosen, setChosen] = useState<string>();

  const items = useMemo(() => totals.data ?? [], [totals.data]);
  const indicatorList = useMemo(() => indicators.data ?? [], [indicators.data]);
  const rows = useMemo(
    () => compareOutcomes(items, period, previous, indicatorList),
    [items, period, previous, indicatorList],
  );
  const available = useMemo(() => indicatorsWithData(items, indicatorList), [items, indicatorList]);
  // Keep the user's choice while it has data; otherwise show the first indicator reported this period.
  const indicator =
    chosen && available.includes(chosen) ? chosen : (rows.find((r) => r.current > 0)?.indicatorCode ?? available[0]);

  const loading = totals.isPending || indicators.isPending;
  const error = totals.error ?? indicators.error;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <SectionCard title={`Kết quả ${periodLabel(period)} so với kỳ trước`} style={{ height: '100%' }}>
          {error ? (
            <ErrorState
              error={error}
              onRetry={() => {
                totals.refetch();
                indicators.refetch();
              }}
            />
          ) : (
            <OutcomeComparison
              rows={rows}
              current={period}
              previous={previous}
              loading={loading || totals.isPlaceholderData}
            />
          )}
        </SectionCard>
      </Col>
      <Col xs={24} xl={10}>
        <SectionCard title="Kết quả qua các kỳ" style={{ height: '100%' }} data-testid="outcome-trend">
          {error ? (
            <ErrorState error={error} />
          ) : (
            <OutcomeTrend
              totals={items}
              periods={periods}
              indicators={indicatorList}
              available={available}
              indicator={indicator}
              onIndicator={setChosen}
              scope={scope}
            />
          )}
        </SectionCard>
      </Col>
    </Row>
  );
}
