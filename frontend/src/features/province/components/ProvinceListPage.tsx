import { useDeferredValue, useMemo, useState } from 'react';
import { Flex, Input, Space, Typography } from 'antd';
import { ErrorState } from '../../../components/States';
import { formatDate, periodLabel } from '../../../format';
import { useProvinceComparison, ProvinceTable, asOfDate } from '../../overview';
import { PeriodPicker } from '../../../components/PeriodPicker';
import { usePeriodParam } from '../../../hooks/usePeriodParam';
import { matchesText } from '../../../lib/text';
import { SectionCard } from '../../../components/SectionCard';
import { PageTitle } from '../../../components/PageTitle';

/** The 34 provinces with their figures, searchable by name with or without diacritics. */
export default function ProvinceListPage() {
  const [period, setPeriod] = usePeriodParam();
  const comparison = useProvinceComparison(period);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const rows = useMemo(
    () => (comparison.data?.items ?? []).filter((r) => matchesText(r.provinceName, query)),
    [comparison.data, query],
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="center" gap={12}>
        <div>
          <PageTitle>Tỉnh, thành phố</PageTitle>
          <Typography.Text type="secondary">
            34 tỉnh, thành phố từ ngày 01/07/2025 · {periodLabel(period)}
            {comparison.data ? ` · tính đến ngày ${formatDate(asOfDate(period, comparison.data.asOf))}` : ''}
          </Typography.Text>
        </div>
        <PeriodPicker value={period} onChange={setPeriod} />
      </Flex>
      <SectionCard>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên tỉnh, có dấu hoặc không dấu (vd. dak lak)"
          aria-label="Tìm tỉnh, thành phố theo tên"
          data-testid="province-search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        {comparison.isError ? (
          <ErrorState error={comparison.error} onRetry={() => comparison.refetch()} />
        ) : (
          <ProvinceTable
            rows={rows}
            loading={comparison.isPending || comparison.isPlaceholderData}
            pageSize={50}
            testId="province-list"
          />
        )}
      </SectionCard>
    </Space>
  );
}
