import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Breadcrumb, Col, Flex, Row, Select, Space, Typography } from 'antd';
import { nameOf, useCommunes, useProvinces } from '../../../api/lookups';
import { PageTitle } from '../../../components/PageTitle';
import { PeriodPicker } from '../../../components/PeriodPicker';
import { SectionCard } from '../../../components/SectionCard';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { periodLabel, type PeriodType } from '../../../format';
import { useCompleteness, useObligations, type GridRow, type LateUnit } from '../api/reportingApi';
import { reportingPeriod, scopeFromParams, scopeToParams, UNIT_WORDS, type Scope } from '../utils/reportState';
import { ChecksCard } from './ChecksCard';
import { CompletenessCounts } from './CompletenessCounts';
import { LateUnitsTable } from './LateUnitsTable';
import { ReportingGridTable } from './ReportingGridTable';
import { ReportStatusCard } from './ReportStatusCard';

/**
 * "Tình hình báo cáo": for an obligation and a period, who has reported — nationally, then a province, then a
 * commune (each step a history entry, so Back goes up again); the grid of units × recent periods, the late and
 * missing units, one unit's report with the actions the caller may take, and the checks of the scope.
 */
export default function ReportingPage() {
  const [params, setParams] = useSearchParams();
  const asked = scopeFromParams(params);
  const obligations = useObligations();
  const list = useMemo(() => obligations.data ?? [], [obligations.data]);
  const obligation =
    list.find((o) => o.code === asked.obligation) ?? list.find((o) => o.code === 'POINT_MONTHLY') ?? list[0];
  const type = (obligation?.frequency ?? 'MONTH') as PeriodType;
  const period = reportingPeriod(asked.period, type);
  const scope: Scope = { ...asked, obligation: obligation?.code ?? null, period };
  const provinces = useProvinces();
  const communes = useCommunes(scope.province);
  const national = useCompleteness(scope.obligation, {
    period,
    provinceCode: scope.province ?? undefined,
    // A commune's counts are its row among the province's communes.
    groupBy: scope.commune ? 'commune' : undefined,
  });

  /** A new scope: a history entry (drill-down, a unit) or, for pickers, in place. */
  const go = (next: Partial<Scope>, replace = false) => setParams(scopeToParams({ ...scope, ...next }), { replace });

  if (obligations.isPending) return <Loading rows={8} />;
  if (obligations.isError) return <ErrorState error={obligations.error} onRetry={() => obligations.refetch()} />;
  if (!obligation) return <EmptyState text="Chưa có nghĩa vụ báo cáo nào" />;

  const communeGroup = scope.commune ? national.data?.groups?.find((g) => g.code === scope.commune) : undefined;
  const counts = scope.commune ? communeGroup : national.data;
  const provinceName = scope.province ? nameOf(provinces.data, scope.province) : null;
  const commune = communes.data?.find((c) => c.code === scope.commune);
  const communeName = scope.commune ? (commune?.fullName ?? commune?.name ?? scope.commune) : null;
  const where = communeName ?? provinceName ?? 'Toàn quốc';

  const drill = (row: GridRow) => {
    if (row.level === 'PROVINCE') go({ province: row.code ?? null, commune: null, unit: null });
    else if (row.level === 'COMMUNE') go({ commune: row.code ?? null, unit: null });
  };
  const openUnit = (row: GridRow, p: string) => go({ unit: row.code ?? null, period: p });
  const openLate = (u: LateUnit) =>
    go({
      province: u.provinceCode ?? scope.province,
      commune: u.communeCode ?? scope.commune,
      unit: u.unit ?? (u.pointId != null ? String(u.pointId) : null),
    });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="center" gap={12}>
        <div>
          <PageTitle>Tình hình báo cáo</PageTitle>
          <Typography.Text type="secondary" data-testid="reporting-caption">
            {obligation.name} · {where} · {periodLabel(period)}
          </Typography.Text>
        </div>
        <Space wrap>
          <Select<string>
            aria-label="Nghĩa vụ báo cáo"
            data-testid="obligation-picker"
            style={{ minWidth: 280 }}
            value={obligation.code}
            options={list.map((o) => ({ value: o.code, label: o.name }))}
            onChange={(code) => {
              const next = list.find((o) => o.code === code);
              const nextType = (next?.frequency ?? 'MONTH') as PeriodType;
              go({ obligation: code, period: reportingPeriod(period, nextType), unit: null }, true);
            }}
          />
          <PeriodPicker value={period} types={[type]} onChange={(p) => go({ period: p }, true)} />
        </Space>
      </Flex>

      <Breadcrumb
        data-testid="reporting-breadcrumb"
        items={[
          {
            title: scope.province ? (
              <Link to={`?${scopeToParams({ ...scope, province: null, commune: null, unit: null })}`}>Toàn quốc</Link>
            ) : (
              'Toàn quốc'
            ),
          },
          ...(scope.province
            ? [
                {
                  title: scope.commune ? (
                    <Link to={`?${scopeToParams({ ...scope, commune: null, unit: null })}`}>{provinceName}</Link>
                  ) : (
                    provinceName
                  ),
                },
              ]
            : []),
          ...(scope.commune ? [{ title: communeName }] : []),
        ]}
      />

      {national.isError ? (
        <ErrorState error={national.error} onRetry={() => national.refetch()} />
      ) : (
        <CompletenessCounts
          counts={counts}
          unitWord={UNIT_WORDS[obligation.reporterLevel ?? 'POINT'] ?? 'đơn vị'}
          dueDate={national.data?.dueDate}
          loading={national.isPending}
        />
      )}

      {scope.unit && (
        <SectionCard title="Báo cáo của đơn vị" data-testid="unit-report">
          <ReportStatusCard
            key={`${obligation.code}-${period}-${scope.unit}`}
            obligation={obligation.code}
            period={period}
            unit={scope.unit}
          />
        </SectionCard>
      )}

      <SectionCard title={`Các đơn vị × ${periodLabel(period)} và các kỳ trước`}>
        <ReportingGridTable
          obligation={obligation.code}
          period={period}
          provinceCode={scope.province}
          communeCode={scope.commune}
          onDrill={drill}
          onUnit={openUnit}
        />
      </SectionCard>

      <Row gutter={[16, 16]}>
        <Col span={24}>
          <SectionCard title={`Đơn vị nộp muộn và chưa nộp — ${periodLabel(period)}`}>
            <LateUnitsTable
              obligation={obligation.code}
              period={period}
              provinceCode={scope.province}
              communeCode={scope.commune}
              onUnit={openLate}
            />
          </SectionCard>
        </Col>
        <Col span={24}>
          <SectionCard title={`Kiểm tra số liệu — ${where}, ${periodLabel(period)}`}>
            <ChecksCard period={period} provinceCode={scope.province} communeCode={scope.commune} />
          </SectionCard>
        </Col>
      </Row>
    </Space>
  );
}
